"""The UI kit: design tokens, the global style built from them, and the
few widgets every tab repeats (headings, big action buttons, sections,
empty and error states). Build tabs from here so the look, the contrast and
the focus ring are right once (issue 18)."""
