import { Anchor, Group } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'

/** "← Workshops": the way back from a detail page to its list. */
export function BackLink({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Anchor component="button" onClick={onClick} w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={16} />
        {label}
      </Group>
    </Anchor>
  )
}
