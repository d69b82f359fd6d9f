import { AppShell, Group, NavLink, Title } from '@mantine/core'
import { IconBuildingCommunity, IconCalendarEvent, IconChecklist, IconShieldCheck, IconMicrophone, IconTopologyStar3 } from '@tabler/icons-react'
import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { hashToRoute, type Route } from '../store/navigation'
import { useAppStore } from '../store'
import { CommandDialogs } from './CommandDialogs'
import { HeaderTools } from './HeaderTools'
import { Screen } from './Screen'
import { useSectionHotkeys } from '../components/useSectionHotkeys'

interface Section {
  key: 'workshops' | 'speakers' | 'cities' | 'synergies' | 'actions' | 'backups'
  icon: ReactNode
  route: Route
}

const sections: Section[] = [
  { key: 'workshops', icon: <IconCalendarEvent size={18} />, route: { section: 'workshops' } },
  { key: 'speakers', icon: <IconMicrophone size={18} />, route: { section: 'speakers' } },
  { key: 'cities', icon: <IconBuildingCommunity size={18} />, route: { section: 'cities' } },
  { key: 'synergies', icon: <IconTopologyStar3 size={18} />, route: { section: 'other', name: 'synergies' } },
  { key: 'actions', icon: <IconChecklist size={18} />, route: { section: 'other', name: 'actions' } },
  { key: 'backups', icon: <IconShieldCheck size={18} />, route: { section: 'other', name: 'backups' } }
]

const sectionRoutes = sections.map((s) => s.route)

const sectionOf = (route: Route): string =>
  route.section === 'workshop' ? 'workshops' : route.section === 'other' ? route.name : route.section

export function Layout() {
  const { t } = useTranslation()
  const route = useAppStore((s) => s.route)
  const navigated = useAppStore((s) => s.navigated)
  // Live mode is a large view for a second screen: the section list would only take room.
  const presenting = route.section === 'other' && route.name === 'live'
  useSectionHotkeys(sectionRoutes)

  useEffect(() => {
    const onHash = () => navigated(hashToRoute(window.location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [navigated])

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0, collapsed: { desktop: presenting, mobile: presenting } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <img src="./icon.svg" alt="" width={26} height={26} />
            <Title order={3}>{t('appName')}</Title>
          </Group>
          <HeaderTools />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('appName')}>
        {sections.map((section) => (
          <NavLink
            key={section.key}
            component="button"
            label={t(`nav.${section.key}`)}
            leftSection={section.icon}
            active={sectionOf(route) === section.key}
            onClick={() => navigated(section.route)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Screen route={route} />
        <CommandDialogs />
      </AppShell.Main>
    </AppShell>
  )
}
