<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../../orgchart/ui/autosave.py"/>
        <source>No recovery copy could be written: %1</source>
        <translation>Es konnte keine Wiederherstellungskopie geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../../orgchart/ui/canvas.py"/>
        <source>A large chart: shown down to level %1. View &gt; Expand all shows every role.</source>
        <translation>Ein großes Organigramm: gezeigt bis Ebene %1. Ansicht &gt; Alle aufklappen zeigt jede Stelle.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas.py"/>
        <source>An empty chart. Press Enter to add the first role, then type its title.</source>
        <translation>Ein leeres Organigramm. Mit der Eingabetaste legen Sie die erste Stelle an; dann tippen Sie ihre Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Add direct report</source>
        <translation>Unterstellte Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Add sibling</source>
        <translation>Gleichrangige Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Paste as its report</source>
        <translation>Als unterstellte Stelle einfügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Place in its team</source>
        <translation>In ihr Team einordnen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Move to the holding area</source>
        <translation>Auf den Parkplatz stellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>New role in this team</source>
        <translation>Neue Stelle in diesem Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>New team inside it</source>
        <translation>Neues Unterteam</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>Duplicate team</source>
        <translation>Team duplizieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>Delete team…</source>
        <translation>Team löschen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>Dissolve team</source>
        <translation>Team auflösen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>New department</source>
        <translation>Neue Abteilung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/canvas_menus.py"/>
        <source>Fit the chart</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Only an empty team can be deleted: move its roles and sub-teams first</source>
        <translation type="vanished">Nur ein leeres Team kann gelöscht werden: verschieben Sie zuerst seine Stellen und Unterteams</translation>
    </message>
    <message>
        <source>“%1” still holds roles or teams: move them first, then delete it.</source>
        <translation type="vanished">„%1“ enthält noch Stellen oder Teams: verschieben Sie diese zuerst, dann löschen Sie es.</translation>
    </message>
    <message>
        <source>A large chart: shown down to level %1. View &gt; Expand All shows every role.</source>
        <translation type="vanished">Ein großes Organigramm: gezeigt bis Ebene %1. Ansicht &gt; Alle aufklappen zeigt jede Stelle.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../../orgchart/render/card.py"/>
        <source>vacant</source>
        <translation>unbesetzt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/card.py"/>
        <source>outsourced</source>
        <translation>ausgelagert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/card.py"/>
        <source>freelance</source>
        <translation>freiberuflich</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/card.py"/>
        <source>staff</source>
        <translation>Stab</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/card_details.py"/>
        <source>Skills: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>A manager with more direct reports than the span of control (see Settings).</source>
        <translation>Eine Führungskraft mit mehr direkt unterstellten Stellen als die Führungsspanne erlaubt (siehe Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>Several of the team's roles report to managers outside it: nobody leads it.</source>
        <translation>Mehrere Stellen des Teams berichten an Vorgesetzte außerhalb: niemand leitet es.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>A role without responsibilities: what is it for?</source>
        <translation>Eine Stelle ohne Verantwortlichkeiten: Wofür ist sie da?</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>Two roles of one team share a title: one job, or two different ones?</source>
        <translation>Zwei Stellen eines Teams haben dieselbe Bezeichnung: eine Aufgabe oder zwei verschiedene?</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>A department of a single role.</source>
        <translation>Eine Abteilung mit nur einer Stelle.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>A required responsibility (see Settings) that no role holds.</source>
        <translation>Eine geforderte Verantwortlichkeit (siehe Einstellungen), die keine Stelle hat.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>“%1” has %2 direct reports (more than %3)</source>
        <translation>„%1“ hat %2 direkt unterstellte Stellen (mehr als %3)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>Nobody leads “%1”: %2 of its roles report to managers outside it</source>
        <translation>Niemand leitet „%1“: %2 seiner Stellen berichten an Vorgesetzte außerhalb</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>“%1” has no responsibilities</source>
        <translation>„%1“ hat keine Verantwortlichkeiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>“%1” has the title “%2” twice</source>
        <translation>„%1“ hat die Bezeichnung „%2“ doppelt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>The department “%1” has only one role</source>
        <translation>Die Abteilung „%1“ hat nur eine Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/check_words.py"/>
        <source>No role holds the responsibility “%1”</source>
        <translation>Keine Stelle hat die Verantwortlichkeit „%1“</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/checks_panel.py"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/checks_panel.py"/>
        <source>The span of control and the responsibilities some role must hold</source>
        <translation>Die Führungsspanne und die Verantwortlichkeiten, die eine Stelle haben muss</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/checks_panel.py"/>
        <source>A manager with more direct reports than this is listed</source>
        <translation>Eine Führungskraft mit mehr direkt unterstellten Stellen wird aufgeführt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/checks_panel.py"/>
        <source>One per line, e.g. Data protection</source>
        <translation>Eine pro Zeile, z. B. Datenschutz</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/checks_panel.py"/>
        <source>Span of control</source>
        <translation>Führungsspanne</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/checks_panel.py"/>
        <source>Required responsibilities</source>
        <translation>Geforderte Verantwortlichkeiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/checks_panel.py"/>
        <source>No findings: the structure looks sound.</source>
        <translation>Keine Befunde: Die Struktur sieht stimmig aus.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/checks_panel.py"/>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/checks_panel.py"/>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../../orgchart/commands/branches.py"/>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/drops.py"/>
        <location filename="../../../orgchart/commands/roles.py"/>
        <location filename="../../../orgchart/commands/teams.py"/>
        <source>Move role</source>
        <translation>Stelle verschieben</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/holding.py"/>
        <source>Park role</source>
        <translation>Stelle parken</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/holding.py"/>
        <source>Place parked role</source>
        <translation>Geparkte Stelle einordnen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/links.py"/>
        <source>Add dotted line</source>
        <translation>Gepunktete Linie hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/links.py"/>
        <source>Remove dotted line</source>
        <translation>Gepunktete Linie entfernen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/roles.py"/>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Add role</source>
        <translation>Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/roles.py"/>
        <source>Delete branch</source>
        <translation>Zweig löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/roles.py"/>
        <source>Delete role</source>
        <translation>Stelle löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/team_copies.py"/>
        <source>Duplicate team</source>
        <translation>Team duplizieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/teams.py"/>
        <source>Add team</source>
        <translation>Team hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/teams.py"/>
        <source>Move team</source>
        <translation>Team verschieben</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/teams.py"/>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/teams.py"/>
        <source>Dissolve team</source>
        <translation>Team auflösen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change title</source>
        <translation>Bezeichnung ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change holder</source>
        <translation>Inhaber(in) ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change kind</source>
        <translation>Art der Stelle ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change responsibilities</source>
        <translation>Verantwortlichkeiten ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change skills</source>
        <translation>Fähigkeiten ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change sourcing</source>
        <translation>Beschäftigungsart ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change FTE</source>
        <translation>FTE ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change e-mail</source>
        <translation>E-Mail ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change location</source>
        <translation>Standort ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change notes</source>
        <translation>Notizen ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change role</source>
        <translation>Stelle ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change team name</source>
        <translation>Teamnamen ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change team colour</source>
        <translation>Teamfarbe ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change team description</source>
        <translation>Teambeschreibung ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change team layout</source>
        <translation>Anordnung des Teams ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change team</source>
        <translation>Team ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/updates.py"/>
        <source>Change dotted line</source>
        <translation>Gepunktete Linie ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Add custom field</source>
        <translation>Eigenes Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Remove custom field</source>
        <translation>Eigenes Feld entfernen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Rename custom field</source>
        <translation>Eigenes Feld umbenennen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/history_panel.py"/>
        <source>Change custom field %1</source>
        <translation>Eigenes Feld „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>Clear comparison</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>Compared with %1: the marks show what this chart changed since then.</source>
        <translation>Verglichen mit %1: Die Markierungen zeigen, was sich in diesem Organigramm seitdem geändert hat.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>New (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>Moved (%1)</source>
        <translation>Verschoben (%1)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>was in %1</source>
        <translation>war in %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>%1 moved</source>
        <translation>%1 verschoben</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>1 team changed</source>
        <translation>1 Team geändert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>%1 teams changed</source>
        <translation>%1 Teams geändert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>1 dotted line changed</source>
        <translation>1 gepunktete Linie geändert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>%1 dotted lines changed</source>
        <translation>%1 gepunktete Linien geändert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>team: %1 → %2</source>
        <translation>Team: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>manager: %1 → %2</source>
        <translation>Vorgesetzte(r): %1 → %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>was “%1”</source>
        <translation>war „%1“</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>holding area</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>holder</source>
        <translation>Inhaber(in)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>sourcing</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare_panel.py"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>Co&amp;mpare with…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>Mark what this chart changed since another version of it</source>
        <translation>Markieren, was sich in diesem Organigramm seit einer anderen Fassung geändert hat</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>C&amp;lear comparison</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>Compare with chart</source>
        <translation>Mit Organigramm vergleichen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>Org charts and HR exports (%1);;All files (*)</source>
        <translation>Organigramme und HR-Exporte (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>Reading %1 to compare</source>
        <translation>%1 wird zum Vergleich gelesen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>The chart to compare with could not be read.</source>
        <translation>Das Organigramm zum Vergleichen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>Comparison cleared</source>
        <translation>Vergleich beendet</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/compare.py"/>
        <source>Compared with %1: %2</source>
        <translation>Verglichen mit %1: %2</translation>
    </message>
</context>
<context>
    <name>Drag</name>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will be a department</source>
        <translation>%1 wird eine eigene Abteilung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will be part of %2</source>
        <translation>%1 wird Teil von %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will go before %2, in %3</source>
        <translation>%1 kommt vor %2, in %3</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will go before %2</source>
        <translation>%1 kommt vor %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will go after %2, in %3</source>
        <translation>%1 kommt nach %2, in %3</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will go after %2</source>
        <translation>%1 kommt nach %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will report to %2 and join %3</source>
        <translation>%1 wird an %2 berichten und wechselt in „%3“</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will report to %2</source>
        <translation>%1 wird an %2 berichten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will join %2 at its top</source>
        <translation>%1 wechselt in „%2“, ganz oben</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will join %2, reporting to %3</source>
        <translation>%1 wechselt in „%2“ und berichtet an %3</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/dragging.py"/>
        <source>%1 will wait in the holding area</source>
        <translation>%1 kommt auf den Parkplatz</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../../orgchart/render/export.py"/>
        <source>the chart is %1 × %2 pixels at scale %3, more than a PNG image here can hold; it was scaled down to %4 (%5 × %6 pixels). Use SVG or PDF for full detail.</source>
        <translation>das Organigramm ist bei Maßstab %3 %1 × %2 Pixel groß, mehr als ein PNG-Bild hier fassen kann; es wurde auf %4 verkleinert (%5 × %6 Pixel). Für alle Einzelheiten SVG oder PDF verwenden.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/export.py"/>
        <source>an image of %1 × %2 pixels (%3 MB) does not fit in the memory here. Choose a smaller scale, or SVG or PDF.</source>
        <translation>ein Bild von %1 × %2 Pixeln (%3 MB) passt hier nicht in den Arbeitsspeicher. Einen kleineren Maßstab wählen, oder SVG oder PDF.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/export.py"/>
        <source>the image of %1 × %2 pixels cannot be written as PNG here.</source>
        <translation>das Bild von %1 × %2 Pixeln kann hier nicht als PNG geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/export.py"/>
        <source>the chart is shrunk to %1 % to fit one page: its text prints at %2 pt, too small to read. Print it one department per page, as a poster, or on larger paper.</source>
        <translation>das Organigramm ist auf %1 % verkleinert, um auf eine Seite zu passen: seine Schrift wird %2 pt groß gedruckt, zu klein zum Lesen. Eine Abteilung je Seite, als Poster oder auf größerem Papier drucken.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/offscreen.py"/>
        <source>the picture cannot be drawn: Qt cannot paint on a %1 here.</source>
        <translation>das Bild kann nicht gezeichnet werden: Qt kann hier nicht auf ein %1 malen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pdf_pages.py"/>
        <source>1 department page prints its text at %2 pt, under %1 pt and too small to read: %3. Print that department as a poster, or on larger paper.</source>
        <translation>1 Abteilungsseite druckt ihre Schrift mit %2 pt, kleiner als %1 pt und zu klein zum Lesen: %3. Diese Abteilung als Poster oder auf größerem Papier drucken.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pdf_pages.py"/>
        <source>%1 department pages print their text at under %2 pt (down to %3 pt), too small to read: %4. Print those departments as a poster, or on larger paper.</source>
        <translation>%1 Abteilungsseiten drucken ihre Schrift kleiner als %2 pt (bis %3 pt), zu klein zum Lesen: %4. Diese Abteilungen als Poster oder auf größerem Papier drucken.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>CSV (table, a row per role)</source>
        <translation>CSV (Tabelle, eine Zeile je Stelle)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>Excel (workbook)</source>
        <translation>Excel (Arbeitsmappe)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>PowerPoint (slides)</source>
        <translation>PowerPoint (Folien)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>GraphML (yEd, networkx)</source>
        <translation>GraphML (yEd, networkx)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>Mermaid (diagram as text)</source>
        <translation>Mermaid (Diagramm als Text)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>JSON (orgchart file)</source>
        <translation>JSON (orgchart-Datei)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>The file begins like this:</source>
        <translation>Die Datei beginnt so:</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>A binary file: no text to show.</source>
        <translation>Eine Binärdatei: kein Text zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>This format cannot hold everything:</source>
        <translation>Dieses Format kann nicht alles aufnehmen:</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/data_preview.py"/>
        <source>This format holds everything the export includes.</source>
        <translation>Dieses Format nimmt alles auf, was der Export enthält.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Export chart</source>
        <translation>Organigramm exportieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>SVG (drawing)</source>
        <translation>SVG (Zeichnung)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>PNG (image)</source>
        <translation>PNG (Bild)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>PDF (document)</source>
        <translation>PDF (Dokument)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>top down</source>
        <translation>von oben nach unten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>left to right</source>
        <translation>von links nach rechts</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>stack leaf roles in columns</source>
        <translation>Stellen ohne Unterstellte in Spalten stapeln</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>light</source>
        <translation>hell</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>print</source>
        <translation>Druck (schwarz auf weiß)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>the whole chart</source>
        <translation>das ganze Organigramm</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>all levels</source>
        <translation>alle Ebenen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>one page</source>
        <translation>eine Seite</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>a page per department</source>
        <translation>eine Seite je Abteilung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>a4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>a3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>a2</source>
        <translation>A2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>a1</source>
        <translation>A1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>a0</source>
        <translation>A0</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>as the chart is shaped</source>
        <translation>nach der Form des Organigramms</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>The language of the words the picture adds: vacant, badges, the legend, page notes</source>
        <translation>Die Sprache der Wörter, die das Bild hinzufügt: unbesetzt, Kennzeichen, die Legende, Seitenhinweise</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>the chart's name above it</source>
        <translation>den Namen des Organigramms darüber</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>a legend of the colours and lines</source>
        <translation>eine Legende der Farben und Linien</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Levels</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>PNG scale</source>
        <translation>PNG-Maßstab</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>PDF pages</source>
        <translation>PDF-Seiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Show also</source>
        <translation>Außerdem zeigen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Drawing the preview…</source>
        <translation>Die Vorschau wird gezeichnet…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>The file cannot hold everything:</source>
        <translation>Die Datei kann nicht alles aufnehmen:</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/export_dialog.py"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>Roles</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>Vacant</source>
        <translation>Unbesetzt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>Each team with its sub-teams; roles in the holding area are not counted</source>
        <translation>Jedes Team mit seinen Unterteams; Stellen auf dem Parkplatz werden nicht mitgezählt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>How many roles</source>
        <translation>Wie viele Stellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>Full-time equivalents: the roles' FTE added up</source>
        <translation>Vollzeitäquivalente: die FTE der Stellen zusammengezählt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>Roles without a holder</source>
        <translation>Stellen ohne Inhaber(in)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>The share of roles filled by an outside company or a freelancer</source>
        <translation>Der Anteil der Stellen, die eine externe Firma oder eine freiberufliche Kraft besetzt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>With its sub-teams; in the team itself: %1 roles, %2 FTE</source>
        <translation>Mit Unterteams; im Team selbst: %1 Stellen, %2 FTE</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>%1 roles in the holding area are not counted.</source>
        <translation>%1 Stellen auf dem Parkplatz werden nicht mitgezählt.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/figures_panel.py"/>
        <source>1 role in the holding area is not counted.</source>
        <translation>1 Stelle auf dem Parkplatz wird nicht mitgezählt.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="vanished">%1 %</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>“%1” was deleted or moved by another program. Save writes it again.</source>
        <translation>„%1“ wurde von einem anderen Programm gelöscht oder verschoben. Speichern schreibt die Datei neu.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>“%1” is back, as the editor last saw it.</source>
        <translation>„%1“ ist wieder da, so wie der Editor die Datei zuletzt kannte.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>Kept your version of “%1”; Save will ask before replacing the file's new content.</source>
        <translation>Ihre Fassung von „%1“ bleibt; Speichern fragt, bevor es den neuen Inhalt der Datei ersetzt.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>Reloading %1</source>
        <translation>%1 wird neu geladen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>“%1” was changed by another program but cannot be read; the open chart is kept. </source>
        <translation>„%1“ wurde von einem anderen Programm geändert, ist aber nicht lesbar; das geöffnete Organigramm bleibt. </translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>Kept the open chart; Save will ask before replacing the new content of “%1”.</source>
        <translation>Das geöffnete Organigramm bleibt; Speichern fragt, bevor es den neuen Inhalt von „%1“ ersetzt.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>“%1” was changed by another program and has been reloaded.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert und neu geladen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>“%1” was changed by another program.

Reload it, or keep your version with its unsaved changes?</source>
        <translation>„%1“ wurde von einem anderen Programm geändert.

Neu laden oder Ihre Fassung mit den ungespeicherten Änderungen behalten?</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>Reload (lose my changes)</source>
        <translation>Neu laden (meine Änderungen verwerfen)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>Keep my version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>“%1” was changed by another program after you opened it.

Replace it with your version, or save your version under another name?</source>
        <translation>„%1“ wurde nach dem Öffnen von einem anderen Programm geändert.

Mit Ihrer Fassung ersetzen oder Ihre Fassung unter einem anderen Namen speichern?</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/file_watch.py"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../../orgchart/ui/find_bar.py"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/find_bar.py"/>
        <source>title, holder, responsibility or skill</source>
        <translation>Bezeichnung, Inhaber(in), Verantwortlichkeit oder Fähigkeit</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/find_bar.py"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/find_bar.py"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/find_bar.py"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/find_bar.py"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/find_bar.py"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../../orgchart/ui/history_panel.py"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
</context>
<context>
    <name>HoldingArea</name>
    <message>
        <location filename="../../../orgchart/ui/holding_area.py"/>
        <source>Holding area</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/holding_area.py"/>
        <source>Drop roles here to park them while you restructure; drag them back into the chart.</source>
        <translation>Stellen hier ablegen, um sie beim Umbauen zu parken; danach zurück ins Organigramm ziehen.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Manager (ID)</source>
        <translation>Vorgesetzte(r) (ID)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Division</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Holder (name)</source>
        <translation>Inhaber(in) (Name)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Sourcing</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Custom field</source>
        <translation>Eigenes Feld</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Choose what each column holds; columns without a field are kept as custom fields.</source>
        <translation>Wählen Sie, was jede Spalte enthält; Spalten ohne Feld werden als eigene Felder übernommen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Header in row %1</source>
        <translation>Überschrift in Zeile %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Read as %1 text, separated by %2; header in line %3</source>
        <translation>Gelesen als %1-Text, getrennt durch %2; Überschrift in Zeile %3</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>(no header)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>This sheet cannot be imported: %1</source>
        <translation>Dieses Tabellenblatt kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>Choose the column that holds each role's %1.</source>
        <translation>Wählen Sie die Spalte, die für jede Stelle „%1“ enthält.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>This cannot be imported: %1</source>
        <translation>Das kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>The check was cancelled. Choose a column's field to check again.</source>
        <translation>Die Prüfung wurde abgebrochen. Wählen Sie das Feld einer Spalte, um erneut zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>%1 in %2 will be imported.</source>
        <translation>Importiert werden: %1 in %2.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>1 role</source>
        <translation>1 Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>%1 roles</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>1 team</source>
        <translation>1 Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>%1 teams</source>
        <translation>%1 Teams</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>1 warning:</source>
        <translation>1 Warnung:</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>%1 warnings:</source>
        <translation>%1 Warnungen:</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (mit BOM)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/import_preview.py"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>%1 roles in %2 teams will be imported.</source>
        <translation type="vanished">%1 Stellen in %2 Teams werden importiert.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../../orgchart/render/picture.py"/>
        <source>reports to</source>
        <translation>berichtet an</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/picture.py"/>
        <source>secondary manager</source>
        <translation>zweite(r) Vorgesetzte(r)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/picture.py"/>
        <source>works closely with</source>
        <translation>arbeitet eng zusammen mit</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/picture.py"/>
        <source>(⋯ n on a card: its dotted lines)</source>
        <translation>(⋯ n auf einer Karte: ihre gepunkteten Linien)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/picture.py"/>
        <source>⋯ n on a card: its dotted lines, to roles not shown</source>
        <translation>⋯ n auf einer Karte: ihre gepunkteten Linien, zu nicht gezeigten Stellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/picture.py"/>
        <source>+n on a card: the roles below it, not shown</source>
        <translation>+n auf einer Karte: die Stellen darunter, nicht gezeigt</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../../orgchart/ui/link_editing.py"/>
        <source>Works closely with…</source>
        <translation>Arbeitet eng zusammen mit…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/link_editing.py"/>
        <source>Secondary manager…</source>
        <translation>Zweite(r) Vorgesetzte(r)…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/link_editing.py"/>
        <source>Secondary manager: %1</source>
        <translation>Zweite(r) Vorgesetzte(r): %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/link_editing.py"/>
        <source>Dotted line to %1</source>
        <translation>Gepunktete Linie zu %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/link_editing.py"/>
        <source>Label…</source>
        <translation>Beschriftung…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/link_editing.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/link_editing.py"/>
        <source>Click the role the dotted line goes to (Esc cancels).</source>
        <translation>Klicken Sie auf die Stelle, zu der die gepunktete Linie führt (Esc bricht ab).</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/link_editing.py"/>
        <source>Dotted line</source>
        <translation>Gepunktete Linie</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/link_editing.py"/>
        <source>Label:</source>
        <translation>Beschriftung:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>A new, empty chart</source>
        <translation>Ein neues, leeres Organigramm</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Open a chart, or import a CSV or Excel file</source>
        <translation>Ein Organigramm öffnen oder eine CSV- oder Excel-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Save, save as</source>
        <translation>Speichern, speichern unter</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Export, with a preview</source>
        <translation>Exportieren, mit Vorschau</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Print, with a preview</source>
        <translation>Drucken, mit Vorschau</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Close, quit (both ask about unsaved changes)</source>
        <translation>Schließen, beenden (beide fragen nach ungespeicherten Änderungen)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Add a report to the selected role (to a team: a role)</source>
        <translation>Der ausgewählten Stelle eine unterstellte Stelle hinzufügen (einem Team: eine Stelle)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Add a sibling after the selected role</source>
        <translation>Eine gleichrangige Stelle nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Rename the selected role or team in place (or just start typing, or double-click)</source>
        <translation>Die ausgewählte Stelle oder das Team an Ort und Stelle umbenennen (oder einfach lostippen, oder doppelklicken)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Delete the selected role or team (asks about what it holds)</source>
        <translation>Die ausgewählte Stelle oder das Team löschen (fragt nach dem Inhalt)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Copy, cut, paste the selected role with everything below it</source>
        <translation>Die ausgewählte Stelle mit allem darunter kopieren, ausschneiden, einfügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Duplicate the selected branch, or team, right after it</source>
        <translation>Den ausgewählten Zweig oder das Team direkt dahinter duplizieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>A new team inside the selected team</source>
        <translation>Ein neues Team im ausgewählten Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Select the manager, the first report, the sibling beside</source>
        <translation>Die vorgesetzte Stelle, die erste unterstellte, die benachbarte auswählen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Find roles by title, holder, responsibility or skill</source>
        <translation>Stellen nach Bezeichnung, Inhaber(in), Verantwortlichkeit oder Fähigkeit suchen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Next, previous match</source>
        <translation>Nächster, vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Zoom in, zoom out (also Ctrl+mouse wheel)</source>
        <translation>Vergrößern, verkleinern (auch Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Fit the whole chart in the window</source>
        <translation>Das ganze Organigramm ins Fenster einpassen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Show the holding area</source>
        <translation>Den Parkplatz zeigen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Present (Page Down and Page Up step, Esc leaves)</source>
        <translation>Präsentieren (Bild ab und Bild auf blättern, Esc beendet)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Cancel a drag or a rename</source>
        <translation>Ziehen oder Umbenennen abbrechen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>About orgchart</source>
        <translation>Über orgchart</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>A desktop editor for org charts: teams, roles and reporting lines.</source>
        <translation>Ein Desktop-Editor für Organigramme: Teams, Stellen und Berichtswege.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>It works offline: your charts stay on your computer.</source>
        <translation>Er arbeitet offline: Ihre Organigramme bleiben auf Ihrem Computer.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/help_menu.py"/>
        <source>&amp;About orgchart</source>
        <translation>Ü&amp;ber orgchart</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Open chart</source>
        <translation>Organigramm öffnen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Org charts and HR exports (*.json *.csv *.tsv *.txt *.xlsx);;Org charts (*.json);;CSV and tab-separated text (*.csv *.tsv *.txt);;Excel (*.xlsx);;All files (*)</source>
        <translation>Organigramme und HR-Exporte (*.json *.csv *.tsv *.txt *.xlsx);;Organigramme (*.json);;CSV und Text mit Tabulatoren (*.csv *.tsv *.txt);;Excel (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <location filename="../../../orgchart/ui/opening.py"/>
        <source>Cannot open chart</source>
        <translation>Organigramm kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <location filename="../../../orgchart/ui/opening.py"/>
        <source>The chart could not be opened.</source>
        <translation>Das Organigramm konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>%1 warnings while reading the file; the first: %2</source>
        <translation>%1 Warnungen beim Lesen der Datei; die erste: %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Save chart as</source>
        <translation>Organigramm speichern unter</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Org charts (*.json)</source>
        <translation>Organigramme (*.json)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Cannot save chart</source>
        <translation>Organigramm kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>The chart was not saved.</source>
        <translation>Das Organigramm wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>The chart has changes that are not saved. Save them first?</source>
        <translation>Das Organigramm hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Teams: %1 · Roles: %2 · Dotted lines: %3</source>
        <translation>Teams: %1 · Stellen: %2 · Gepunktete Linien: %3</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/main_window.py"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>New from &amp;template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>New &amp;team</source>
        <translation>Neues &amp;Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Find &amp;next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Find &amp;previous</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Fit the chart</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Holding area</source>
        <translation>&amp;Parkplatz</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Expand all</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Collapse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Add direct report</source>
        <translation>Unterstellte Stelle &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;New role in this team</source>
        <translation>&amp;Neue Stelle in diesem Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Add &amp;sibling</source>
        <translation>&amp;Gleichrangige Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>Rena&amp;me</source>
        <translation>U&amp;mbenennen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>De&amp;lete team…</source>
        <translation>Team lö&amp;schen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>De&amp;lete team</source>
        <translation>Team lö&amp;schen</translation>
    </message>
    <message>
        <source>Duplicate the selected branch right after it</source>
        <translation type="vanished">Den ausgewählten Zweig direkt dahinter duplizieren</translation>
    </message>
    <message>
        <source>Delete the selected role (or team, if it is empty)</source>
        <translation type="vanished">Die ausgewählte Stelle löschen (oder das Team, wenn es leer ist)</translation>
    </message>
    <message>
        <source>Only an empty team can be deleted: move its roles and sub-teams first</source>
        <translation type="vanished">Nur ein leeres Team kann gelöscht werden: verschieben Sie zuerst seine Stellen und Unterteams</translation>
    </message>
    <message>
        <source>Add a report to the selected role</source>
        <translation type="vanished">Der ausgewählten Stelle eine unterstellte Stelle hinzufügen</translation>
    </message>
    <message>
        <source>Rename the selected role on its card (or just start typing)</source>
        <translation type="vanished">Die ausgewählte Stelle auf ihrer Karte umbenennen (oder einfach lostippen)</translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation type="vanished">Die ausgewählte Stelle löschen</translation>
    </message>
    <message>
        <source>Org charts and HR exports (*.json *.csv *.xlsx);;Org charts (*.json);;CSV (*.csv);;Excel (*.xlsx);;All files (*)</source>
        <translation type="vanished">Organigramme und HR-Exporte (*.json *.csv *.xlsx);;Organigramme (*.json);;CSV (*.csv);;Excel (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation type="vanished">Vorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="vanished">Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="vanished">Alle &amp;zuklappen</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>new role</source>
        <translation>neue Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>moved: other team or manager</source>
        <translation>verschoben: anderes Team oder andere(r) Vorgesetzte(r)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>changed: title or fields</source>
        <translation>geändert: Bezeichnung oder Felder</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>removed (faded, below the chart)</source>
        <translation>entfernt (blass, unter dem Organigramm)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>Removed or moved away (%1): in %2, not in this chart</source>
        <translation>Entfernte oder verschobene Stellen (%1): in %2, nicht in diesem Organigramm</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>Removed or moved away (%1)</source>
        <translation>Entfernte oder verschobene Stellen (%1)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>Removed roles (%1): in %2, not in this chart</source>
        <translation>Entfernte Stellen (%1): in %2, nicht in diesem Organigramm</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>Removed roles (%1)</source>
        <translation>Entfernte Stellen (%1)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>Moved to %1</source>
        <translation>Verschoben nach %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/marks.py"/>
        <source>%1 (a team no longer in the chart)</source>
        <translation>%1 (ein Team, das es im Organigramm nicht mehr gibt)</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../../orgchart/commands/drops.py"/>
        <location filename="../../../orgchart/model/chart.py"/>
        <source>%1 cannot report to itself</source>
        <translation>%1 kann nicht an sich selbst berichten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/drops.py"/>
        <location filename="../../../orgchart/model/chart.py"/>
        <source>%1 cannot report to %2: %2 already reports to %1</source>
        <translation>%1 kann nicht an %2 berichten: %2 berichtet schon an %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/drops.py"/>
        <source>%1 cannot report to %2: %2 is already its secondary manager</source>
        <translation>%1 kann nicht an %2 berichten: %2 ist schon als zweite(r) Vorgesetzte(r) eingetragen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/drops.py"/>
        <location filename="../../../orgchart/model/chart.py"/>
        <source>%1 cannot be nested in itself</source>
        <translation>%1 kann nicht in sich selbst liegen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/drops.py"/>
        <source>%1 cannot be nested in %2: %2 is part of %1</source>
        <translation>%1 kann nicht in %2 liegen: %2 ist Teil von %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/commands/teams.py"/>
        <source>“%1” is a department: no team around it can take its roles. Move them first.</source>
        <translation>„%1“ ist eine Abteilung: Kein übergeordnetes Team kann ihre Stellen aufnehmen. Verschieben Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/chart.py"/>
        <source>“%1” still holds roles or teams: move them first, then delete it.</source>
        <translation>„%1“ enthält noch Stellen oder Teams: verschieben Sie diese zuerst, dann löschen Sie es.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/chart.py"/>
        <source>%1 cannot be nested in %2: %2 is already part of %1</source>
        <translation>%1 kann nicht in %2 liegen: %2 ist schon Teil von %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/chart.py"/>
        <source>%1 cannot report to %2: %2 is already its secondary manager; remove that dotted line first</source>
        <translation>%1 kann nicht an %2 berichten: %2 ist schon als zweite(r) Vorgesetzte(r) eingetragen; entfernen Sie zuerst diese gepunktete Linie</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/entities.py"/>
        <source>A role needs a title.</source>
        <translation>Eine Stelle braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/entities.py"/>
        <source>A team needs a name.</source>
        <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/holding.py"/>
        <source>%1 cannot be parked while it reports to %2; take it out of the hierarchy first</source>
        <translation>%1 kann nicht auf den Parkplatz gestellt werden, solange die Stelle an %2 berichtet; nehmen Sie sie zuerst aus der Hierarchie</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/holding.py"/>
        <source>%1 is in the holding area; take it out before giving it a manager</source>
        <translation>%1 steht auf dem Parkplatz; holen Sie die Stelle dort weg, bevor Sie ihr eine(n) Vorgesetzte(n) geben</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/links.py"/>
        <source>%2 is already a secondary manager of %1</source>
        <translation>%2 ist schon als zweite(r) Vorgesetzte(r) von %1 eingetragen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/links.py"/>
        <source>%1 and %2 already work closely together</source>
        <translation>%1 und %2 arbeiten schon eng zusammen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/model/links.py"/>
        <source>%1 cannot be a secondary manager of %2: %1 is already its manager</source>
        <translation>%1 kann nicht zweite(r) Vorgesetzte(r) von %2 sein: %1 ist schon direkte(r) Vorgesetzte(r)</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../../orgchart/ui/outline_model.py"/>
        <source>Team / role</source>
        <translation>Team / Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/outline_model.py"/>
        <source>Holder</source>
        <translation>Inhaber(in)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/outline_model.py"/>
        <source>Holding area (%1)</source>
        <translation>Parkplatz (%1)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/outline_model.py"/>
        <source>Roles kept beside the chart until they get a place in it</source>
        <translation>Stellen, die neben dem Organigramm warten, bis sie einen Platz darin bekommen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/outline_model.py"/>
        <source>vacant</source>
        <translation>unbesetzt</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>New direct report</source>
        <translation>Neue unterstellte Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>Delete role…</source>
        <translation>Stelle löschen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>Delete role</source>
        <translation>Stelle löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/outline.py"/>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="vanished">Team löschen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="vanished">Neue Stelle</translation>
    </message>
    <message>
        <source>Only an empty team can be deleted: move its roles and sub-teams first</source>
        <translation type="vanished">Nur ein leeres Team kann gelöscht werden: Verschieben Sie zuerst seine Stellen und Unterteams</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../orgchart/render/pdf_pages.py"/>
        <source> · part %1 of %2</source>
        <translation> · Teil %1 von %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pdf_pages.py"/>
        <location filename="../../../orgchart/render/split_notes.py"/>
        <source>← %1 · page %2</source>
        <translation>← %1 · Seite %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pdf_pages.py"/>
        <location filename="../../../orgchart/render/split_notes.py"/>
        <source>↑ %1 · page %2</source>
        <translation>↑ %1 · Seite %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pdf_pages.py"/>
        <location filename="../../../orgchart/render/split_notes.py"/>
        <source>→ continues on page %1</source>
        <translation>→ Fortsetzung auf Seite %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pdf_pages.py"/>
        <location filename="../../../orgchart/render/split_notes.py"/>
        <source>↓ continues on page %1</source>
        <translation>↓ Fortsetzung auf Seite %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pdf_pages.py"/>
        <source>⋯ %1 · page %2</source>
        <translation>⋯ %1 · Seite %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pdf_pages.py"/>
        <source>⋯ %1 dotted lines · page %2</source>
        <translation>⋯ %1 gepunktete Linien · Seite %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/poster.py"/>
        <source>row %1 of %2, column %3 of %4</source>
        <translation>Zeile %1 von %2, Spalte %3 von %4</translation>
    </message>
    <message>
        <source>↑ continues on page %1</source>
        <translation type="vanished">↑ Fortsetzung von Seite %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>&amp;Print (black on white)</source>
        <translation>Dr&amp;uck (schwarz auf weiß)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>as the system (%1)</source>
        <translation>wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>A new language shows the next time orgchart starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von orgchart.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>Chart colours</source>
        <translation>Farben des Organigramms</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>Pre&amp;ferences…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/preferences.py"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Present</source>
        <translation>Prä&amp;sentieren</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/presentation.py"/>
        <source>Esc to leave · PgDn / PgUp: departments · Home: the whole chart · click a card: its branch</source>
        <translation>Esc beendet · Bild ab / Bild auf: Abteilungen · Pos1: das ganze Organigramm · Klick auf eine Karte: ihr Zweig</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../orgchart/ui/menus.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>Print chart</source>
        <translation>Organigramm drucken</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>fitted to one page</source>
        <translation>auf eine Seite eingepasst</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>poster: tiled over several pages</source>
        <translation>Poster: auf mehrere Seiten verteilt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>100 %: cards as large as on the screen at 100 % zoom</source>
        <translation>100 %: Karten so groß wie auf dem Bildschirm bei 100 % Zoom</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>light</source>
        <translation>hell</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>print</source>
        <translation>Druck (schwarz auf weiß)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>Page setup…</source>
        <translation>Seite einrichten…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>Poster size</source>
        <translation>Postergröße</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/printing.py"/>
        <source>The printer could not be used.</source>
        <translation>Der Drucker konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../../orgchart/ui/opening.py"/>
        <location filename="../../../orgchart/ui/progress.py"/>
        <source>Laying out the chart…</source>
        <translation>Das Organigramm wird angeordnet…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/opening.py"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/progress.py"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/progress.py"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/progress.py"/>
        <source>Building the chart from %1…</source>
        <translation>Das Organigramm wird aus %1 aufgebaut…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/progress.py"/>
        <source>Drawing the chart…</source>
        <translation>Das Organigramm wird gezeichnet…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/progress.py"/>
        <source>Preparing %1…</source>
        <translation>%1 wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/progress.py"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/progress.py"/>
        <source>Working on %1…</source>
        <translation>%1 wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/progress.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>empty: whatever you type is kept as text</source>
        <translation>leer: Was Sie eingeben, wird als Text übernommen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>a number: what you type stays a number if it reads as one</source>
        <translation>eine Zahl: Was Sie eingeben, bleibt eine Zahl, wenn es sich als Zahl lesen lässt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Add a custom field</source>
        <translation>Ein eigenes Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Remove the selected custom field</source>
        <translation>Das ausgewählte eigene Feld entfernen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Double-click a name or a value to change it</source>
        <translation>Doppelklick auf einen Namen oder Wert, um ihn zu ändern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Double-click to rename</source>
        <translation>Doppelklick zum Umbenennen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Custom field &quot;%1&quot;: a name must not be empty; the field keeps its name.</source>
        <translation>Eigenes Feld „%1“: Ein Name darf nicht leer sein; das Feld behält seinen Namen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/custom_fields.py"/>
        <source>Custom field &quot;%1&quot; cannot be renamed to &quot;%2&quot;: another field has that name.</source>
        <translation>Eigenes Feld „%1“ kann nicht in „%2“ umbenannt werden: Ein anderes Feld heißt schon so.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Select a role or a team on the canvas to see and edit its fields.</source>
        <translation>Wählen Sie eine Stelle oder ein Team im Organigramm aus, um die Felder zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>vacant</source>
        <translation>unbesetzt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>in-house</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>outsourced</source>
        <translation>ausgelagert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>freelance</source>
        <translation>freiberuflich</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>one per line</source>
        <translation>eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Holder</source>
        <translation>Inhaber(in)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Sourcing</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>(nobody: in the holding area)</source>
        <translation>(niemanden: auf dem Parkplatz)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/properties.py"/>
        <source>(nobody: a top role)</source>
        <translation>(niemanden: oberste Stelle)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>as the chart says</source>
        <translation>wie im Organigramm eingestellt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>side by side</source>
        <translation>nebeneinander</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>stacked in two columns</source>
        <translation>in zwei Spalten gestapelt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>one column</source>
        <translation>eine Spalte</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>Reports laid out</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>Choose a colour…</source>
        <translation>Farbe wählen…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>Back to the theme's colour</source>
        <translation>Zurück zur Farbe aus dem Farbschema</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>The theme gives this team its colour</source>
        <translation>Das Farbschema gibt diesem Team seine Farbe</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>(nothing: a department)</source>
        <translation>(keinem Team: eine Abteilung)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_properties.py"/>
        <source>Team colour</source>
        <translation>Teamfarbe</translation>
    </message>
    <message>
        <source>automatic (from the theme)</source>
        <translation type="vanished">automatisch (aus dem Farbschema)</translation>
    </message>
    <message>
        <source>Select a role on the canvas to see and edit its fields.</source>
        <translation type="vanished">Wählen Sie eine Stelle im Organigramm aus, um ihre Felder zu sehen und zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>today, %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Recover unsaved charts</source>
        <translation>Ungespeicherte Organigramme wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>orgchart was not closed properly last time. These charts had changes that were not saved; restore them to keep working on them.</source>
        <translation>orgchart wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Organigramme hatten ungespeicherte Änderungen; stellen Sie sie wieder her, um weiter daran zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>%1 (%2) — unsaved changes from %3</source>
        <translation>%1 (%2) – ungespeicherte Änderungen, Stand %3</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Restoring %1</source>
        <translation>%1 wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Cannot restore chart</source>
        <translation>Organigramm kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Restored the unsaved changes from %1. Save to keep them.</source>
        <translation>Die ungespeicherten Änderungen (Stand %1) sind wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Discard unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../orgchart/ui/recovery_dialog.py"/>
        <source>Discard the unsaved changes of %n chart(s) for good?</source>
        <translation>
            <numerusform>Die ungespeicherten Änderungen von %n Organigramm endgültig verwerfen?</numerusform>
            <numerusform>Die ungespeicherten Änderungen von %n Organigrammen endgültig verwerfen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sketching</name>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Delete role</source>
        <translation>Stelle löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>%1 has one direct report. What should happen to it?</source>
        <translation>%1 hat eine unterstellte Stelle. Was soll mit ihr geschehen?</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Move it up to %1</source>
        <translation>%1 unterstellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Make it a top role</source>
        <translation>Zur obersten Stelle machen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Delete it too</source>
        <translation>Ebenfalls löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>%1 has %2 direct reports. What should happen to them?</source>
        <translation>„%1“ hat %2 direkt unterstellte Stellen. Was soll mit ihnen geschehen?</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Move them up to %1</source>
        <translation>%1 unterstellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Make them top roles</source>
        <translation>Zu obersten Stellen machen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Delete them too</source>
        <translation>Ebenfalls löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Its dotted line is removed with it.</source>
        <translation>Ihre gepunktete Linie wird mit ihr entfernt.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Its %1 dotted lines are removed with it.</source>
        <translation>Ihre %1 gepunkteten Linien werden mit ihr entfernt.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>New role</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>The new role joins %1 in the holding area.</source>
        <translation>Die neue Stelle kommt zu %1 auf den Parkplatz.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>Nothing to paste: copy or cut a role first.</source>
        <translation>Nichts einzufügen: kopieren oder schneiden Sie zuerst eine Stelle aus.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/sketching.py"/>
        <source>“%1” is not drawn: rename it in its panel.</source>
        <translation>„%1“ wird nicht gezeigt: benennen Sie es in seinem Bereich „Team“ um.</translation>
    </message>
    <message>
        <source>Move them up to the next manager</source>
        <translation type="vanished">Der nächsthöheren Stelle unterstellen</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../../../orgchart/render/pptx_overview.py"/>
        <source>→ slide %1</source>
        <translation>→ Folie %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_overview.py"/>
        <source>%1 more departments follow</source>
        <translation>%1 weitere Abteilungen folgen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_overview.py"/>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>1 role</source>
        <translation>1 Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_overview.py"/>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>%1 roles</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_overview.py"/>
        <source>reports to</source>
        <translation>berichtet an</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_overview.py"/>
        <source>secondary manager</source>
        <translation>zweite(r) Vorgesetzte(r)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_overview.py"/>
        <source>works closely with</source>
        <translation>arbeitet eng zusammen mit</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_overview.py"/>
        <source>+n on a card: the roles below it, not shown</source>
        <translation>+n auf einer Karte: die Stellen darunter, nicht gezeigt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>The departments; each follows on slides of its own</source>
        <translation>Die Abteilungen; jede folgt auf eigenen Folien</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>The top level; every department follows in full on slides of its own</source>
        <translation>Die oberste Ebene; jede Abteilung folgt vollständig auf eigenen Folien</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>The top %1 levels; every department follows in full on slides of its own</source>
        <translation>Die obersten %1 Ebenen; jede Abteilung folgt vollständig auf eigenen Folien</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>↑ slide %1</source>
        <translation>↑ Folie %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>↑ %1 · slide %2</source>
        <translation>↑ %1 · Folie %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>↓ continues on slides %1</source>
        <translation>↓ Fortsetzung auf den Folien %1</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/pptx_slides.py"/>
        <source>↓ continues on slide %1</source>
        <translation>↓ Fortsetzung auf Folie %1</translation>
    </message>
</context>
<context>
    <name>TeamFigures</name>
    <message>
        <location filename="../../../orgchart/render/team_figures.py"/>
        <source>no roles</source>
        <translation>keine Stellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/team_figures.py"/>
        <source>1 role</source>
        <translation>1 Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/team_figures.py"/>
        <source>%1 roles</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/team_figures.py"/>
        <source>%1 FTE</source>
        <translation>%1 FTE</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/team_figures.py"/>
        <source>%1 vacant</source>
        <translation>%1 unbesetzt</translation>
    </message>
    <message>
        <location filename="../../../orgchart/render/team_figures.py"/>
        <source>%1% external</source>
        <translation>%1 % extern</translation>
    </message>
    <message>
        <source>%1 % external</source>
        <translation type="vanished">%1 % extern</translation>
    </message>
</context>
<context>
    <name>Teams</name>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>one role</source>
        <translation>eine Stelle</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>%1 roles</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>one team</source>
        <translation>ein Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>%1 teams</source>
        <translation>%1 Teams</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>one dotted line</source>
        <translation>eine gepunktete Linie</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>%1 dotted lines</source>
        <translation>%1 gepunktete Linien</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Dissolve: its teams become departments</source>
        <translation>Auflösen: Seine Teams werden zu Abteilungen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Dissolve: what it holds joins “%1”</source>
        <translation>Auflösen: Der Inhalt wechselt in „%1“</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>A department has no team around it to take its roles: move them, or delete them with it</source>
        <translation>Eine Abteilung hat kein übergeordnetes Team, das ihre Stellen aufnimmt: Verschieben Sie sie oder löschen Sie sie zusammen mit ihr</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>“%1” holds %2. Delete the team with everything in it, or keep what it holds?</source>
        <translation>„%1“ enthält %2. Das Team mit allem darin löschen oder den Inhalt behalten?</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>As a department it has no team around it that could keep its roles.</source>
        <translation>Eine Abteilung hat kein übergeordnetes Team, das ihre Stellen behalten könnte.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Deleting them removes a dotted line.</source>
        <translation>Beim Löschen fällt eine gepunktete Linie weg.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Deleting them removes %1 dotted lines.</source>
        <translation>Beim Löschen fallen %1 gepunktete Linien weg.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Dissolved “%1”: its teams are departments now.</source>
        <translation>„%1“ aufgelöst: Seine Teams sind jetzt Abteilungen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Dissolved “%1”: what it held is in “%2” now.</source>
        <translation>„%1“ aufgelöst: Sein Inhalt ist jetzt in „%2“.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/team_removal.py"/>
        <source>Deleted “%1” and what it held: %2. %3 undoes it.</source>
        <translation>„%1“ samt Inhalt gelöscht (%2). %3 macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>WhoDoesWhat</name>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Who does what</source>
        <translation>Wer macht was</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Whole chart</source>
        <translation>Ganzes Organigramm</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Responsibility</source>
        <translation>Verantwortlichkeit</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>This team has no roles.</source>
        <translation>Dieses Team hat keine Stellen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>%1 of %2 roles have no responsibilities yet.</source>
        <translation>%1 von %2 Stellen haben noch keine Verantwortlichkeiten.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>%1 responsibilities, %2 roles.</source>
        <translation>%1 Verantwortlichkeiten, %2 Stellen.</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Save who does what</source>
        <translation>„Wer macht was“ speichern</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/matrix_dialog.py"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../../orgchart/ui/workshop.py"/>
        <source>Show &amp;responsibilities</source>
        <translation>&amp;Verantwortlichkeiten zeigen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/workshop.py"/>
        <source>Cards list each role's responsibilities and skills</source>
        <translation>Karten listen die Verantwortlichkeiten und Fähigkeiten jeder Stelle auf</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/workshop.py"/>
        <source>Show team fi&amp;gures</source>
        <translation>&amp;Teamkennzahlen zeigen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/workshop.py"/>
        <source>Team headers show roles, FTE, vacancies and external share</source>
        <translation>Teamköpfe zeigen Stellen, FTE, unbesetzte Stellen und externen Anteil</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/workshop.py"/>
        <source>&amp;Who does what…</source>
        <translation>&amp;Wer macht was…</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/workshop.py"/>
        <source>Team figures</source>
        <translation>Teamkennzahlen</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/workshop.py"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>ZoomLabel</name>
    <message>
        <location filename="../../../orgchart/ui/zoom_label.py"/>
        <source>Zoom (Ctrl+wheel, Ctrl+= and Ctrl+-; Ctrl+0 fits the chart)</source>
        <translation>Zoom (Strg+Mausrad, Strg+= und Strg+-; Strg+0 passt das Diagramm ein)</translation>
    </message>
    <message>
        <location filename="../../../orgchart/ui/zoom_label.py"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
</TS>
