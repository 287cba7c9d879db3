"""When to suggest the Flare-day preset from today's check-in.

Only a suggestion: the app never switches presets by itself.
"""

from __future__ import annotations

#: Overall pain at or above this (0-10, 10 = worst) suggests a gentler day.
HIGH_PAIN = 7
#: Sleep quality at or below this (0-10, 10 = slept well) suggests it too.
POOR_SLEEP_QUALITY = 3
#: Fewer hours of sleep than this suggest it too.
SHORT_SLEEP_HOURS = 5.0


def suggests_flare_day(overall_pain: int | None, sleep_quality: int | None,
                       sleep_hours: float | None) -> bool:
    """True when today's check-in reports high pain or poor sleep.

    Missing answers count as "no sign", never as a bad day.
    """
    return ((overall_pain is not None and overall_pain >= HIGH_PAIN)
            or (sleep_quality is not None and sleep_quality <= POOR_SLEEP_QUALITY)
            or (sleep_hours is not None and sleep_hours < SHORT_SLEEP_HOURS))
