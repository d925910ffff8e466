"""Qt widgets, dialogs and table models. Talks to services only, never to SQL."""
