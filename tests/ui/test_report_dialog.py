"""After the report is made, the dialog says where the PDF is and offers to
open it (issue 16); the opener is injected, nothing is really opened."""

from pathlib import Path

from PySide6.QtWidgets import QDialog

from fibro_desktop.ui.charts import report_dialog
from fibro_desktop.ui.charts.report_dialog import ReportSaved
from tests.charts_data_set import fill_known
from tests.conftest import TEST_NOW


def test_the_saved_report_names_its_folder_and_opens_with_the_viewer(qtbot, tmp_path):
    opened = []
    path = tmp_path / "reports" / "spasm-report.pdf"
    saved = ReportSaved(path, opener=lambda url: opened.append(url) or True)
    qtbot.addWidget(saved)
    assert "spasm-report.pdf" in saved.message.text() and str(path.parent) in saved.message.text()
    saved.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(path)]
    assert saved.result() == QDialog.DialogCode.Accepted


def test_without_a_pdf_viewer_it_says_so_and_where_the_file_is(qtbot, tmp_path):
    saved = ReportSaved(tmp_path / "r.pdf", opener=lambda url: False)
    qtbot.addWidget(saved)
    saved.open_button.click()
    assert "No program to show PDF files" in saved.message.text()
    assert str(tmp_path) in saved.message.text()


def test_the_menu_flow_ends_with_where_the_report_is(app_context, db, tmp_path, monkeypatch):
    fill_known(db, TEST_NOW)
    shown = []
    monkeypatch.setattr(report_dialog.ReportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(report_dialog.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "mine"), "")))
    monkeypatch.setattr(ReportSaved, "exec", lambda self: shown.append(self.path) or 0)
    path = report_dialog.open_report_dialog(None, app_context)
    assert path == Path(tmp_path / "mine.pdf") and path.read_bytes().startswith(b"%PDF")
    assert shown == [path]
