import { Button, Paper, Stack, Text, Title } from '@mantine/core'

/**
 * What an empty screen says: what belongs here and how to add the first one; optionally a
 * second way in (e.g. loading the sample workshop).
 */
export function EmptyState(props: {
  title: string
  body: string
  action?: string
  onAction?: () => void
  secondary?: { hint: string; action: string; onAction: () => void }
}) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="empty-state">
      <Stack align="center" gap="xs" maw={520} mx="auto" ta="center">
        <Title order={3}>{props.title}</Title>
        <Text c="dimmed">{props.body}</Text>
        {props.action && props.onAction && (
          <Button mt="sm" onClick={props.onAction}>
            {props.action}
          </Button>
        )}
        {props.secondary && (
          <>
            <Text c="dimmed" size="sm" mt="md">
              {props.secondary.hint}
            </Text>
            <Button variant="light" onClick={props.secondary.onAction} data-testid="empty-secondary">
              {props.secondary.action}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  )
}
