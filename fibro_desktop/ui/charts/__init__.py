"""The Charts tab: charts of the journal and check-ins, honest insights,
PNG export and the provider report (PDF).

Importing this package is cheap; pyqtgraph is imported by :mod:`.page`
only when the tab is first opened, and the PDF code only when a report is
written.
"""
