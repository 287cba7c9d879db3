"""The Journal tab: episodes, the daily check-in, medications and supplements."""
