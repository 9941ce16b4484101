"""Qt's own texts (file and print dialogs, standard buttons) in Dutch: its qtbase_nl catalog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: The Qt catalog with the texts of Qt's own dialogs and buttons.
QT_CATALOGUS = "qtbase"
#: The language Klantbeeld speaks.
NEDERLANDS = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
#: Texts of Qt's file and print dialogs that ``qtbase_nl`` lacks (its entries lost their
#: ``&`` mnemonic or never came), as (context, source) → Dutch.
AANVULLING: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
    ("QPrintSettingsOutput", "Double Sided Printing"): "Dubbelzijdig afdrukken",
    ("QPrintSettingsOutput", "Page &Set:"): "Pagina&set:",
    ("QPrintSettingsOutput", "Off"): "Uit",
    ("QPrintSettingsOutput", "Long side binding"): "Binden langs de lange zijde",
    ("QPrintSettingsOutput", "Short side binding"): "Binden langs de korte zijde",
}


class Aanvulling(QTranslator):
    """The few texts of :data:`AANVULLING`; every other text is left to Qt's catalog."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """Return the Dutch text, or None (a null string: "not mine") for every other text."""
        return AANVULLING.get((context, source_text))

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False


def installeer_qt_vertaling(app: QCoreApplication) -> list[QTranslator]:
    """Load Qt's Dutch translations into ``app``; return the translators installed.

    Qt's dialogs read their texts through ``QCoreApplication.translate``, so the file-save and
    print dialogs, and buttons such as Cancel, appear in Dutch. The translators are parented to
    ``app`` so they live as long as the application; none is installed when ``qtbase_nl`` is
    missing from this Qt.
    """
    catalogus = QTranslator(app)
    pad = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not catalogus.load(NEDERLANDS, QT_CATALOGUS, "_", pad):
        catalogus.deleteLater()
        return []
    aanvulling = Aanvulling(app)
    for vertaler in (catalogus, aanvulling):
        app.installTranslator(vertaler)
    return [catalogus, aanvulling]
