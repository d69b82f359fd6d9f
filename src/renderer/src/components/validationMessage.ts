import i18n from '../i18n'

// The service's validation messages are English (they serve the CLI too); the interface
// shows the known ones in its own language and passes any other through unchanged.
const known: [RegExp, string][] = [
  [/^Required\.$/, 'required'],
  [/^Write something first\.$/, 'writeSomething'],
  [/^Not a valid e-mail address\.$/, 'email'],
  [/^At most ([\d,]+) characters\.$/, 'tooLong'],
  [/^Use the form YYYY-MM-DD\.$/, 'date'],
  [/^Not a real date\.$/, 'realDate'],
  [/^Use the form HH:MM \(24-hour\)\.$/, 'time'],
  [/^Use an IANA time zone/, 'timeZone']
]

export function validationMessage(message: string): string {
  for (const [pattern, key] of known) {
    const match = pattern.exec(message)
    if (match) return i18n.t(`editing:validation.${key}`, { max: match[1] })
  }
  return message
}
