import { Box, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MarkdownView } from './MarkdownView'

/**
 * A long text written in Markdown beside its live preview, so the facilitator sees what the
 * report will show (bold, lists, quotes, links) while typing.
 */
export function MarkdownEditor(props: {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  placeholder?: string
  minRows?: number
  testId?: string
}) {
  const { t } = useTranslation('editing')
  return (
    <Box data-testid={props.testId}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Textarea
          label={props.label}
          description={t('markdown.hint')}
          value={props.value}
          error={props.error}
          placeholder={props.placeholder}
          autosize
          minRows={props.minRows ?? 4}
          maxRows={18}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('markdown.preview')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('markdown.previewHint')}
          </Text>
          <Paper withBorder p="sm" radius="md" mih={100} fz="sm" style={{ overflowWrap: 'anywhere' }} aria-label={t('markdown.previewOf', { label: props.label })} role="region">
            {props.value.trim() ? (
              <MarkdownView source={props.value} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('markdown.nothing')}
              </Text>
            )}
          </Paper>
        </Stack>
      </SimpleGrid>
    </Box>
  )
}
