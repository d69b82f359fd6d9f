import { Button, Code, Group, Modal, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

const allowed = /^(https?:|mailto:)/i

/** Opens a link in the system browser (desktop) or a separate tab (browser mode), never in the app window. */
export function openOutside(url: string): void {
  if (!allowed.test(url)) return
  if (window.desktop?.openExternal) void window.desktop.openExternal(url)
  else window.open(url, '_blank', 'noopener,noreferrer')
}

/** A confirm step before leaving the app: a link in pasted notes may not be what it says. */
export function useExternalLink() {
  const { t } = useTranslation('editing')
  const [url, setUrl] = useState<string | null>(null)
  const close = () => setUrl(null)
  const confirmation = (
    <Modal opened={url !== null} onClose={close} title={t('link.title')} centered>
      <Text size="sm" mb="xs">
        {t('link.body')}
      </Text>
      <Code block mb="md" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="external-url">
        {url}
      </Code>
      <Group justify="flex-end">
        <Button variant="default" onClick={close}>
          {t('cancel')}
        </Button>
        <Button
          onClick={() => {
            if (url) openOutside(url)
            close()
          }}
        >
          {t('link.open')}
        </Button>
      </Group>
    </Modal>
  )
  return { askToOpen: (href: string) => allowed.test(href) && setUrl(href), confirmation }
}
