"""The Learn guides: short explanations in plain words, read from Markdown
resources (one file per guide and language). Pure Python, no Qt."""
