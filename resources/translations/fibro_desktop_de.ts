<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>&amp;Licences</source>
      <translation>&amp;Lizenzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>A private companion for people with fibromyalgia who live with muscle spasms.</source>
      <translation>Eine private Begleiterin für Menschen mit Fibromyalgie, die mit Muskelkrämpfen leben.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>About Fibro Desktop</source>
      <translation>Über Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Fibro Desktop %1</source>
      <translation>Fibro Desktop %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Log files: %1</source>
      <translation>Protokolldateien: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Open data folder</source>
      <translation>Datenordner öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Your data is kept here, on this computer only:
%1</source>
      <translation>Deine Daten liegen hier, nur auf diesem Computer:
%1</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <location filename="../../fibro_desktop/ui/kit/names.py" />
      <source>Column headings</source>
      <translation>Spaltenüberschriften</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/kit/names.py" />
      <source>Row headings</source>
      <translation>Zeilenüberschriften</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;About Fibro Desktop</source>
      <translation>&amp;Über Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Settings…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Show Fibro Desktop</source>
      <translation>Fibro Desktop &amp;anzeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Welcome and safety notes</source>
      <translation>&amp;Willkommen und Sicherheitshinweise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>Open the &amp;data folder</source>
      <translation>&amp;Datenordner öffnen</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>A Fibro Desktop command (%1) is working on your data right now. Please start Fibro Desktop again when it has finished.</source>
      <translation>Ein Fibro-Desktop-Befehl (%1) arbeitet gerade mit deinen Daten. Bitte starte Fibro Desktop noch einmal, wenn er fertig ist.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop could not write in your data folder %1; the disk may be full.</source>
      <translation>Fibro Desktop konnte nicht in deinen Datenordner %1 schreiben; vielleicht ist die Festplatte voll.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop is already running; its window was brought to the front.</source>
      <translation>Fibro Desktop läuft schon; sein Fenster wurde nach vorne geholt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop seems to be running already but does not answer. Please close it, or restart the computer, and try again.</source>
      <translation>Fibro Desktop scheint schon zu laufen, antwortet aber nicht. Bitte schließ es oder starte den Computer neu und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>The data folder %1 cannot be created: %2 Please choose another folder.</source>
      <translation>Der Datenordner %1 kann nicht angelegt werden: %2 Bitte wähle einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>The data folder cannot be created: %1</source>
      <translation>Der Datenordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data cannot be opened there without writing to it. Nothing was changed. Please %1, and start again.</source>
      <translation>Deine Daten können dort nicht geöffnet werden, ohne hineinzuschreiben. Es wurde nichts verändert. Bitte %1 und starte dann neu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes.</source>
      <translation>In deinen Datenordner %1 kann nicht geschrieben werden: Er ist schreibgeschützt oder liegt auf einem Laufwerk, das keine Änderungen erlaubt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data is open for reading only: you can look at it, export it and make the provider report, but changes cannot be saved. To save again, %1, then restart Fibro Desktop.</source>
      <translation>Deine Daten sind nur zum Lesen geöffnet: Du kannst sie ansehen, exportieren und den Bericht für die Praxis erstellen, aber Änderungen werden nicht gespeichert. Um wieder zu speichern, %1 und starte Fibro Desktop dann neu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>free some space on that disk</source>
      <translation>schaffe Platz auf diesem Laufwerk</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>make the folder writable, or move your data folder to a drive that allows changes</source>
      <translation>mach den Ordner beschreibbar oder verschieb deinen Datenordner auf ein Laufwerk, das Änderungen erlaubt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>the disk is full.</source>
      <translation>die Festplatte ist voll.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>the place it is in cannot be written to.</source>
      <translation>an diesen Ort kann nicht geschrieben werden.</translation>
    </message>
  </context>
  <context>
    <name>BodyMap</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (both sides)</source>
      <translation>%1 (beide Seiten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (left)</source>
      <translation>%1 (links)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (right)</source>
      <translation>%1 (rechts)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, not selected</source>
      <translation>%1, nicht ausgewählt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, selected</source>
      <translation>%1, ausgewählt</translation>
    </message>
  </context>
  <context>
    <name>BodyMapPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>&amp;Picked muscle groups</source>
      <translation>&amp;Gewählte Muskelgruppen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>C&amp;lear</source>
      <translation>&amp;Leeren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Clear picked muscle groups</source>
      <translation>Gewählte Muskelgruppen leeren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Nothing picked yet. Click the place on the figures, or use Tab to move from place to place and Space to pick.</source>
      <translation>Noch nichts gewählt. Klick auf die Stelle an den Figuren oder geh mit Tab von Stelle zu Stelle und wähle mit der Leertaste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Picked muscle groups</source>
      <translation>Gewählte Muskelgruppen</translation>
    </message>
  </context>
  <context>
    <name>BodyMapWidget</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>%1% of the highest</source>
      <translation>%1 % vom Höchstwert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Back</source>
      <translation>Hinten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Body map</source>
      <translation>Körperkarte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front</source>
      <translation>Vorne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front and back figures. Tab or the arrow keys move between muscle groups; Space picks or unpicks one; Ctrl+Tab leaves the map.</source>
      <translation>Figuren von vorne und hinten. Tab oder die Pfeiltasten wechseln zwischen Muskelgruppen; die Leertaste wählt eine aus oder ab; Strg+Tab verlässt die Karte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front and back figures. The arrow keys move between muscle groups.</source>
      <translation>Figuren von vorne und hinten. Die Pfeiltasten wechseln zwischen Muskelgruppen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Less</source>
      <translation>Weniger</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>More</source>
      <translation>Mehr</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Nothing picked.</source>
      <translation>Nichts gewählt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Picked: %1.</source>
      <translation>Gewählt: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
  </context>
  <context>
    <name>BreakPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>%1 left</source>
      <translation>noch %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;I did it</source>
      <translation>&amp;Erledigt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Not now</source>
      <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Postpone</source>
      <translation>&amp;Verschieben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Postpone %1 min</source>
      <translation>Um %1 Min. &amp;verschieben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Skip</source>
      <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Take it now</source>
      <translation>&amp;Jetzt machen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Available once most of the break has passed</source>
      <translation>Möglich, wenn der größte Teil der Pause vorbei ist</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break panel</source>
      <translation>Pausenfenster</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break progress</source>
      <translation>Fortschritt der Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Coming up in a few seconds. Finish your sentence, or take it now.</source>
      <translation>Gleich geht es los. Beende deinen Satz oder mach die Pause jetzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>I drank a &amp;glass</source>
      <translation>Ich habe ein &amp;Glas getrunken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Logged from a break (Spasm now)</source>
      <translation>Aus einer Pause eingetragen (Krampf jetzt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Play &amp;release audio</source>
      <translation>&amp;Lockerungs-Audio abspielen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Play &amp;warm-up audio</source>
      <translation>&amp;Aufwärm-Audio abspielen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Krampf jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Time left</source>
      <translation>Verbleibende Zeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Turns this into a recovery break, holds desk time and opens the quick log</source>
      <translation>Macht daraus eine Erholungspause, hält die Bildschirmzeit an und öffnet den Schnelleintrag</translation>
    </message>
  </context>
  <context>
    <name>BrokenPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" />
      <source>Something saved in your data could not be read, so “%1” could not open. Nothing has been changed or deleted, and the other tabs work as usual.

You can put back a backup from before the problem, or save everything that can still be read to a file.</source>
      <translation>Etwas in deinen Daten konnte nicht gelesen werden, daher ließ sich „%1“ nicht öffnen. Es wurde nichts verändert oder gelöscht, und die anderen Tabs funktionieren wie gewohnt.

Du kannst eine Sicherung von vor dem Problem zurückholen oder alles, was sich noch lesen lässt, in eine Datei speichern.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" />
      <source>This part cannot be shown right now</source>
      <translation>Dieser Teil kann gerade nicht angezeigt werden</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (%2 % to %3 %)</source>
      <translation>%1 (%2 % bis %3 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 (%2 on %3)</source>
      <translation>%1 (%2 an %3)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (%2 on %n days)</source>
      <extracomment>A count. English: %1 (%2 on %n day) / %1 (%2 on %n days)</extracomment>
      <translation>
        <numerusform>%1 (%2 an %n Tag)</numerusform>
        <numerusform>%1 (%2 an %n Tagen)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 (%n spasms)</source>
      <extracomment>A count. English: %1 (%n spasm) / %1 (%n spasms)</extracomment>
      <translation>
        <numerusform>%1 (%n Krampf)</numerusform>
        <numerusform>%1 (%n Krämpfe)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (from %n check-ins)</source>
      <extracomment>A count. English: %1 (from %n check-in) / %1 (from %n check-ins)</extracomment>
      <translation>
        <numerusform>%1 (aus %n Check-in)</numerusform>
        <numerusform>%1 (aus %n Check-ins)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (from %n spasms)</source>
      <extracomment>A count. English: %1 (from %n spasm) / %1 (from %n spasms)</extracomment>
      <translation>
        <numerusform>%1 (aus %n Krampf)</numerusform>
        <numerusform>%1 (aus %n Krämpfen)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (noted on %n spasms)</source>
      <extracomment>A count. English: %1 (noted on %n spasm) / %1 (noted on %n spasms)</extracomment>
      <translation>
        <numerusform>%1 (bei %n Krampf notiert)</numerusform>
        <numerusform>%1 (bei %n Krämpfen notiert)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 h</source>
      <translation>%1 Std.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 min (from %n times)</source>
      <extracomment>A count. English: %1 min (from %n time) / %1 min (from %n times)</extracomment>
      <translation>
        <numerusform>%1 Min. (aus %n Angabe)</numerusform>
        <numerusform>%1 Min. (aus %n Angaben)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%1 of %n days</source>
      <extracomment>A count. English: %1 of %n day / %1 of %n days</extracomment>
      <translation>
        <numerusform>%1 von %n Tag</numerusform>
        <numerusform>%1 von %n Tagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%1 of %n tracked days</source>
      <extracomment>A count. English: %1 of %n tracked day / %1 of %n tracked days</extracomment>
      <translation>
        <numerusform>%1 von %n erfassten Tag</numerusform>
        <numerusform>%1 von %n erfassten Tagen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 point</source>
      <translation>%1 Punkt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 points</source>
      <translation>%1 Punkte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>%1 s</source>
      <translation>%1 Sek.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 with it: %2; %3 without: %4</source>
      <translation>%1 damit: %2; %3 ohne: %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>%1, %2:00–%3:00: %n spasms</source>
      <extracomment>A count. English: %1, %2:00–%3:00: %n spasm / %1, %2:00–%3:00: %n spasms</extracomment>
      <translation>
        <numerusform>%1, %2:00–%3:00: %n Krampf</numerusform>
        <numerusform>%1, %2:00–%3:00: %n Krämpfe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %2 minutes in %n sessions</source>
      <extracomment>A count. English: %1: %2 minutes in %n session / %1: %2 minutes in %n sessions</extracomment>
      <translation>
        <numerusform>%1: %2 Minuten in %n Sitzung</numerusform>
        <numerusform>%1: %2 Minuten in %n Sitzungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %2 of %n breaks taken; %3</source>
      <extracomment>A count. English: %1: %2 of %n break taken; %3 / %1: %2 of %n breaks taken; %3</extracomment>
      <translation>
        <numerusform>%1: %2 von %n Pause gemacht; %3</numerusform>
        <numerusform>%1: %2 von %n Pausen gemacht; %3</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %n spasms</source>
      <extracomment>A count. English: %1: %n spasm / %1: %n spasms</extracomment>
      <translation>
        <numerusform>%1: %n Krampf</numerusform>
        <numerusform>%1: %n Krämpfe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %n spasms, 7-day average %2</source>
      <extracomment>A count. English: %1: %n spasm, 7-day average %2 / %1: %n spasms, 7-day average %2</extracomment>
      <translation>
        <numerusform>%1: %n Krampf, 7-Tage-Durchschnitt %2</numerusform>
        <numerusform>%1: %n Krämpfe, 7-Tage-Durchschnitt %2</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: no record at all</source>
      <translation>%1: gar kein Eintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1: not enough data yet (at least %2 days on each side).</source>
      <translation>%1: noch nicht genug Daten (mindestens %2 Tage auf jeder Seite).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1: noted on %n spasms</source>
      <extracomment>A count. English: %1: noted on %n spasm / %1: noted on %n spasms</extracomment>
      <translation>
        <numerusform>%1: bei %n Krampf notiert</numerusform>
        <numerusform>%1: bei %n Krämpfen notiert</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>%1: the numbers</source>
      <translation>%1: die Zahlen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1: too few ratings to say yet (%2 needed)</source>
      <translation>%1: noch zu wenige Bewertungen für eine Aussage (%2 nötig)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1× (%2 to %3); %4</source>
      <translation>%1× (%2 bis %3); %4</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>%Ln check-ins</source>
      <extracomment>A count. English: %Ln check-in / %Ln check-ins</extracomment>
      <translation>
        <numerusform>%Ln Check-in</numerusform>
        <numerusform>%Ln Check-ins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>%Ln spasms</source>
      <extracomment>A count. English: %Ln spasm / %Ln spasms</extracomment>
      <translation>
        <numerusform>%Ln Krampf</numerusform>
        <numerusform>%Ln Krämpfe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n check-in days</source>
      <extracomment>A count. English: %n check-in day / %n check-in days</extracomment>
      <translation>
        <numerusform>%n Check-in-Tag</numerusform>
        <numerusform>%n Check-in-Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n days</source>
      <extracomment>A count. English: %n day / %n days</extracomment>
      <translation>
        <numerusform>%n Tag</numerusform>
        <numerusform>%n Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</source>
      <extracomment>A count. English: %n day without any record is left out of these numbers: it is not known whether it had spasms, so it is not counted as a day without them. / %n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</extracomment>
      <translation>
        <numerusform>%n Tag ohne jeden Eintrag fehlt in diesen Zahlen: Man weiß nicht, ob es an ihm Krämpfe gab, daher zählt er nicht als Tag ohne Krämpfe.</numerusform>
        <numerusform>%n Tage ohne jeden Eintrag fehlen in diesen Zahlen: Man weiß nicht, ob es an ihnen Krämpfe gab, daher zählen sie nicht als Tage ohne Krämpfe.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n spasms</source>
      <extracomment>A count. English: %n spasm / %n spasms</extracomment>
      <translation>
        <numerusform>%n Krampf</numerusform>
        <numerusform>%n Krämpfe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%n spasms on the following days</source>
      <extracomment>A count. English: %n spasm on the following days / %n spasms on the following days</extracomment>
      <translation>
        <numerusform>%n Krampf an den folgenden Tagen</numerusform>
        <numerusform>%n Krämpfe an den folgenden Tagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%n spasms the next day</source>
      <extracomment>A count. English: %n spasm the next day / %n spasms the next day</extracomment>
      <translation>
        <numerusform>%n Krampf am nächsten Tag</numerusform>
        <numerusform>%n Krämpfe am nächsten Tag</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n tracked days</source>
      <extracomment>A count. English: %n tracked day / %n tracked days</extracomment>
      <translation>
        <numerusform>%n erfasster Tag</numerusform>
        <numerusform>%n erfasste Tage</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;From</source>
      <translation>&amp;Von</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Open the report</source>
      <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Paper</source>
      <translation>&amp;Papier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;To</source>
      <translation>&amp;Bis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>1 time as many means no difference. "Could be chance" means the difference does not stand out once all your triggers are looked at together. A trigger needs at least %1 check-in days with it and %1 without before a number is shown.</source>
      <translation>1-mal so viele heißt: kein Unterschied. „Könnte Zufall sein“ heißt: Der Unterschied fällt nicht mehr auf, wenn man alle deine Auslöser zusammen betrachtet. Ein Auslöser braucht mindestens %1 Check-in-Tage mit ihm und %1 ohne ihn, bevor eine Zahl gezeigt wird.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>7-day average</source>
      <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>; could be chance</source>
      <translation>; könnte Zufall sein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>A PDF summary of your spasms, check-ins, what helped and your medication log, to bring to your doctor or therapist. It stays on this computer until you share it.</source>
      <translation>Eine PDF-Zusammenfassung deiner Krämpfe, Check-ins, was geholfen hat und deiner Medikamente, zum Mitnehmen zu deiner Ärztin, deinem Arzt oder in die Therapie. Sie bleibt auf diesem Computer, bis du sie weitergibst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>About %1 times as many (%2 to %3).</source>
      <translation>Etwa %1-mal so viele (%2 bis %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>After the days with the most breaks taken (%1 days), %2 spasms the next day on average; after the days with the fewest (%3 days), %4.</source>
      <translation>Nach den Tagen mit den meisten gemachten Pausen (%1 Tage) im Schnitt %2 Krämpfe am nächsten Tag; nach den Tagen mit den wenigsten (%3 Tage) %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>After the days with the most breaks taken (%1 days): %2 spasms the next day on average; after the days with the fewest (%3 days): %4.</source>
      <translation>Nach den Tagen mit den meisten gemachten Pausen (%1 Tage): im Schnitt %2 Krämpfe am nächsten Tag; nach den Tagen mit den wenigsten (%3 Tage): %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Anything you want your provider to read first (optional)</source>
      <translation>Was die Praxis zuerst lesen soll (freiwillig)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Average</source>
      <translation>Durchschnitt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Body map of where spasms happen</source>
      <translation>Körperkarte: wo Krämpfe auftreten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks</source>
      <translation>Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Breaks and spasms</source>
      <translation>Pausen und Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Breaks and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Pausen und Krämpfe: noch nicht genug Daten (mindestens %1 Tage auf jeder Seite).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks due</source>
      <translation>Fällige Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks taken</source>
      <translation>Gemachte Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks taken (dark) of breaks due (light) each day, and the spasms of the next day as a line.</source>
      <translation>Gemachte Pausen (dunkel) von fälligen Pausen (hell) pro Tag, und die Krämpfe des nächsten Tages als Linie.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Change</source>
      <translation>Veränderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Change (95 % range)</source>
      <translation>Veränderung (95-%-Bereich)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Charts</source>
      <translation>Diagramme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Check-in</source>
      <translation>Check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Check-in 0–10</source>
      <translation>Check-in 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Check-in averages</source>
      <translation>Check-in-Durchschnitte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Check-ins per day (0–10, 10 is best)</source>
      <translation>Check-ins pro Tag (0–10, 10 ist am besten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Check-ins per week (averages, 0–10, 10 is best)</source>
      <translation>Check-ins pro Woche (Durchschnitte, 0–10, 10 ist am besten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Choose dates…</source>
      <translation>Zeitraum wählen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>Could not save the picture</source>
      <translation>Das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Daily check-ins</source>
      <translation>Tägliche Check-ins</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Days tracked</source>
      <translation>Erfasste Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Days with at least one spasm</source>
      <translation>Tage mit mindestens einem Krampf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Done</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Drawing the charts…</source>
      <translation>Diagramme werden gezeichnet…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Each kind's share of the spasms in this period.</source>
      <translation>Anteil jeder Art an den Krämpfen in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Each square is one hour of one weekday; the darker it is, the more spasms started then.</source>
      <translation>Jedes Feld ist eine Stunde eines Wochentags; je dunkler, desto mehr Krämpfe haben dann begonnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Each week's typical (median) and worst intensity, and how long spasms typically lasted and how long you took to recover.</source>
      <translation>Typische (Median) und stärkste Intensität pro Woche, und wie lange Krämpfe typischerweise dauerten und wie lange du zur Erholung gebraucht hast.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Energy</source>
      <translation>Energie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Energy (0–10, 10 = lots)</source>
      <translation>Energie (0–10, 10 = viel)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Everything</source>
      <translation>Alles</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Fibro Desktop, self-tracked record · page %1 of %2</source>
      <translation>Fibro Desktop, selbst geführte Aufzeichnungen · Seite %1 von %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>First day of the report</source>
      <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>First day shown</source>
      <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>First four weeks</source>
      <translation>Erste vier Wochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>First weeks</source>
      <translation>Erste Wochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>First – last</source>
      <translation>Erster – letzter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>From your daily check-ins (10 is best), with your spasms below on the same dates.</source>
      <translation>Aus deinen täglichen Check-ins (10 ist am besten), darunter deine Krämpfe an denselben Tagen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Glasses of water</source>
      <translation>Gläser Wasser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Hour of the day</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Hours of sleep</source>
      <translation>Stunden Schlaf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>How it went</source>
      <translation>Wie es lief</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>How many spasms you logged, with a 7-day average per tracked day (days without any record are left out, not counted as days without spasms). Medications and supplements you took are marked in the strip below.</source>
      <translation>Wie viele Krämpfe du eingetragen hast, mit einem 7-Tage-Durchschnitt pro erfasstem Tag (Tage ganz ohne Eintrag werden weggelassen und nicht als Tage ohne Krämpfe gezählt). Medikamente und Nahrungsergänzungen, die du genommen hast, sind im Streifen darunter markiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>How often each muscle group was involved. One spasm can involve several groups.</source>
      <translation>Wie oft jede Muskelgruppe betroffen war. Ein Krampf kann mehrere Gruppen betreffen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>How often each thing you tried during a spasm helped (fully or a little), out of the times you rated it. The range in brackets is where the true share probably lies; the list is ordered by its lower end, so many ratings count for more than a few lucky ones.</source>
      <translation>Wie oft jedes Mittel, das du während eines Krampfs versucht hast, geholfen hat (ganz oder etwas), gemessen an den Malen, die du bewertet hast. Der Bereich in Klammern ist der, in dem der wahre Anteil wahrscheinlich liegt. Die Liste ist nach seinem unteren Ende sortiert, damit viele Bewertungen mehr zählen als ein paar glückliche.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>How often it helped</source>
      <translation>Wie oft es geholfen hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>How often what was tried during a spasm helped (fully or a little), with its 95 % range; ranked by the lower end of that range. Fewer than %1 ratings are too few to say.</source>
      <translation>Wie oft das, was während eines Krampfs versucht wurde, geholfen hat (ganz oder etwas), mit seinem 95-%-Bereich; sortiert nach dem unteren Ende dieses Bereichs. Weniger als %1 Bewertungen sind zu wenige für eine Aussage.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>How to read this</source>
      <translation>So liest du das</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Intensity 0–10</source>
      <translation>Stärke 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Intensity, length and recovery</source>
      <translation>Stärke, Dauer und Erholung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Kind of spasm</source>
      <translation>Art des Krampfs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Kinds and places</source>
      <translation>Arten und Stellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Kinds of spasm</source>
      <translation>Arten von Krämpfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 12 months</source>
      <translation>Letzte 12 Monate</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 30 days</source>
      <translation>Letzte 30 Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 7 days</source>
      <translation>Letzte 7 Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 90 days</source>
      <translation>Letzte 90 Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Last day of the report</source>
      <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Last day shown</source>
      <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Last four weeks</source>
      <translation>Letzte vier Wochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Last weeks</source>
      <translation>Letzte Wochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Make a PDF report for your provider</source>
      <translation>PDF-Bericht für deine Praxis erstellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Making your report…</source>
      <translation>Dein Bericht wird erstellt…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Measure</source>
      <translation>Messwert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Measuring the difference</source>
      <translation>Den Unterschied messen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Measuring the difference compares the first %1 days of this period that have records with its last %1 days. It needs at least %2 tracked days in each, and the two must not overlap. Not enough data yet.</source>
      <translation>Beim Messen des Unterschieds werden die ersten %1 Tage dieses Zeitraums mit Einträgen mit seinen letzten %1 Tagen verglichen. Dafür braucht es mindestens %2 erfasste Tage in jedem Abschnitt, und die beiden dürfen sich nicht überschneiden. Noch nicht genug Daten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Measuring the difference compares the first %1 days with the last %1 days of the period shown, up to the last day you recorded. The two must not overlap, so this needs about two months of record in the period. Not enough data yet. Choosing "Everything" compares the start and the end of your whole record.</source>
      <translation>Beim Messen des Unterschieds werden die ersten %1 Tage mit den letzten %1 Tagen des angezeigten Zeitraums verglichen, bis zum letzten Tag mit Eintrag. Die beiden dürfen sich nicht überschneiden, daher braucht es etwa zwei Monate Aufzeichnungen im Zeitraum. Noch nicht genug Daten. Mit „Alles“ vergleichst du Anfang und Ende deiner gesamten Aufzeichnungen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Medications and supplements</source>
      <translation>Medikamente und Nahrungsergänzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Minutes of relaxation audio you listened to each day, and how much your tension eased on average (before minus after, 0–10) when you rated it.</source>
      <translation>Minuten Entspannungsaudio, die du pro Tag gehört hast, und wie sehr deine Anspannung im Schnitt nachgelassen hat (vorher minus nachher, 0–10), wenn du sie bewertet hast.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Mobility</source>
      <translation>Beweglichkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Mobility (0–10)</source>
      <translation>Beweglichkeit (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Mobility (0–10, 10 = moves freely)</source>
      <translation>Beweglichkeit (0–10, 10 = frei beweglich)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Mood (0–10)</source>
      <translation>Stimmung (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Mood (0–10, 10 = good)</source>
      <translation>Stimmung (0–10, 10 = gut)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Muscle group</source>
      <translation>Muskelgruppe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>My notes for you</source>
      <translation>Meine Notizen für Sie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Next day</source>
      <translation>Nächster Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No breaks recorded in this period. When the break timer in the Pacing tab runs, your breaks appear here.</source>
      <translation>In diesem Zeitraum sind keine Pausen erfasst. Wenn der Pausen-Timer im Tab „Pausen“ läuft, erscheinen deine Pausen hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No breaks were timed in this period.</source>
      <translation>In diesem Zeitraum wurden keine Pausen getaktet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>No check-ins in this period.</source>
      <translation>Keine Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No check-ins in this period. A short daily check-in in the Journal lets you see sleep, mood and energy beside your spasms.</source>
      <translation>Keine Check-ins in diesem Zeitraum. Mit einem kurzen täglichen Check-in im Tagebuch siehst du Schlaf, Stimmung und Energie neben deinen Krämpfen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>No clear difference (%1 to %2 times as many).</source>
      <translation>Kein klarer Unterschied (%1- bis %2-mal so viele).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>No muscle groups noted in this period. When you tap where a spasm is, it appears here.</source>
      <translation>In diesem Zeitraum sind keine Muskelgruppen notiert. Wenn du antippst, wo ein Krampf ist, erscheint er hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>No program to show PDF files was found on this computer. Your report is saved as %1 in the folder %2.</source>
      <translation>Auf diesem Computer wurde kein Programm zum Anzeigen von PDF-Dateien gefunden. Dein Bericht ist als %1 im Ordner %2 gespeichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>No record at all %1: left blank in the chart, not counted as time without spasms.</source>
      <translation>Gar keine Einträge %1: im Diagramm leer gelassen, nicht als Zeit ohne Krämpfe gezählt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No relaxation sessions in this period.</source>
      <translation>Keine Entspannungssitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No relaxation sessions in this period. Sessions you listen to in the Relax tab appear here.</source>
      <translation>Keine Entspannungssitzungen in diesem Zeitraum. Sitzungen, die du im Tab „Entspannen“ hörst, erscheinen hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No spasms logged in this period, so there is nothing to measure yet.</source>
      <translation>In diesem Zeitraum sind keine Krämpfe eingetragen, daher gibt es noch nichts zu messen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>No spasms logged in this period.</source>
      <translation>In diesem Zeitraum sind keine Krämpfe eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No spasms logged in this period. When you log them in the Journal, they appear here.</source>
      <translation>In diesem Zeitraum sind keine Krämpfe eingetragen. Wenn du sie im Tagebuch einträgst, erscheinen sie hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No triggers noted in a daily check-in in this period yet.</source>
      <translation>In diesem Zeitraum wurden in keinem täglichen Check-in Auslöser notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>No triggers noted in this period yet.</source>
      <translation>In diesem Zeitraum sind noch keine Auslöser notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>None in this period.</source>
      <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>None logged in this period.</source>
      <translation>In diesem Zeitraum nichts eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Noted only on spasm entries:</source>
      <translation>Nur bei Krampf-Einträgen notiert:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Nothing to chart yet. As you log spasms and daily check-ins in the Journal, your charts and insights build up here. A week or two is enough to start seeing patterns.</source>
      <translation>Noch nichts für Diagramme da. Wenn du Krämpfe und tägliche Check-ins im Tagebuch einträgst, entstehen hier deine Diagramme und Erkenntnisse. Ein bis zwei Wochen reichen, um erste Muster zu sehen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Nothing tried has been noted in this period yet.</source>
      <translation>In diesem Zeitraum ist noch nichts Versuchtes notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Overall pain (0–10, 10 = worst)</source>
      <translation>Schmerzen insgesamt (0–10, 10 = am stärksten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>PNG picture (*.png)</source>
      <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Pacing and relaxation</source>
      <translation>Pausen und Entspannung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Pacing, relaxation and spasms</source>
      <translation>Pausen, Entspannung und Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Pale bars: weeks with fewer than 7 tracked days (cut by the period's start or end, or partly tracked); their spasms per week are worked out from the days tracked, so they rest on fewer days.</source>
      <translation>Helle Balken: Wochen mit weniger als 7 erfassten Tagen (abgeschnitten durch Anfang oder Ende des Zeitraums oder nur teilweise erfasst). Ihre Krämpfe pro Woche sind aus den erfassten Tagen hochgerechnet und beruhen daher auf weniger Tagen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Paper size</source>
      <translation>Papierformat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Per 7 tracked days</source>
      <translation>Pro 7 erfasste Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Period problem</source>
      <translation>Problem mit dem Zeitraum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Period shown</source>
      <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Period: %1 to %2 (%3). Made on %4.</source>
      <translation>Zeitraum: %1 bis %2 (%3). Erstellt am %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Possible triggers</source>
      <translation>Mögliche Auslöser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Provider report</source>
      <translation>Bericht für die Praxis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Provider report…</source>
      <translation>Bericht für die Praxis…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Reading your records…</source>
      <translation>Deine Einträge werden gelesen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Recovery</source>
      <translation>Erholung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Relaxation</source>
      <translation>Entspannung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Relaxation and spasms</source>
      <translation>Entspannung und Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Relaxation and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Entspannung und Krämpfe: noch nicht genug Daten (mindestens %1 Tage auf jeder Seite).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Relief</source>
      <translation>Linderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Report saved</source>
      <translation>Bericht gespeichert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Same day</source>
      <translation>Gleicher Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Save PDF…</source>
      <translation>PDF speichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Save as picture…</source>
      <translation>Als Bild speichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>Save chart as picture</source>
      <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Save the chart %1 as a picture</source>
      <translation>Das Diagramm %1 als Bild speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Save the report</source>
      <translation>Bericht speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sessions</source>
      <translation>Sitzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Share (%)</source>
      <translation>Anteil (%)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show as chart</source>
      <translation>Als Diagramm zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show as table</source>
      <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show the chart %1 as a table</source>
      <translation>Das Diagramm %1 als Tabelle zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Side effects noted</source>
      <translation>Bemerkte Nebenwirkungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Skipped</source>
      <translation>Ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sleep quality</source>
      <translation>Schlafqualität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Sleep quality (0–10)</source>
      <translation>Schlafqualität (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Sleep quality (0–10, 10 = slept well)</source>
      <translation>Schlafqualität (0–10, 10 = gut geschlafen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sleep, mood, energy and mobility</source>
      <translation>Schlaf, Stimmung, Energie und Beweglichkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Spasm record for my provider</source>
      <translation>Meine Krampf-Aufzeichnungen für die Praxis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Spasms</source>
      <translation>Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms logged</source>
      <translation>Eingetragene Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms next day</source>
      <translation>Krämpfe am nächsten Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Spasms on days when a trigger was ticked in the daily check-in, against check-in days without it (same day, and the day after), adjusted for the stage of the record and the other triggers. 1× means no difference; the range shows what else fits the record. These are patterns, not causes.</source>
      <translation>Krämpfe an Tagen, an denen im täglichen Check-in ein Auslöser angehakt war, verglichen mit Check-in-Tagen ohne ihn (am selben Tag und am Tag danach), bereinigt um den Abschnitt der Aufzeichnungen und die anderen Auslöser. 1× heißt kein Unterschied; der Bereich zeigt, was sonst noch zu den Aufzeichnungen passt. Das sind Muster, keine Ursachen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Spasms on days you ticked a trigger in your daily check-in, compared with days you did not (from %1). Same day: spasms that day; next day: spasms the day after. Each number is adjusted for the time of year and for your other triggers, that day's and the day before's; the range in brackets is where the true number probably lies.</source>
      <translation>Krämpfe an Tagen, an denen du in deinem täglichen Check-in einen Auslöser angehakt hast, verglichen mit Tagen ohne ihn (ab %1). Gleicher Tag: Krämpfe an diesem Tag; nächster Tag: Krämpfe am Tag danach. Jede Zahl ist um die Jahreszeit und deine anderen Auslöser bereinigt, die des Tages selbst und die des Vortags; der Bereich in Klammern ist der, in dem die wahre Zahl wahrscheinlich liegt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms on the following days</source>
      <translation>Krämpfe an den folgenden Tagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms over time</source>
      <translation>Krämpfe im Zeitverlauf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per day</source>
      <translation>Krämpfe pro Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Spasms per tracked day</source>
      <translation>Krämpfe pro erfasstem Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms per week</source>
      <translation>Krämpfe pro Woche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per week (over tracked days)</source>
      <translation>Krämpfe pro Woche (über erfasste Tage)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per week, over the days tracked</source>
      <translation>Krämpfe pro Woche, über die erfassten Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms the next day</source>
      <translation>Krämpfe am nächsten Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Stress (0–10, 10 = worst)</source>
      <translation>Stress (0–10, 10 = am stärksten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Taken</source>
      <translation>Genommen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Taken on</source>
      <translation>Genommen am</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Tension eased</source>
      <translation>Anspannung gelöst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Tension eased (average)</source>
      <translation>Anspannung gelöst (Durchschnitt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>The day after a relaxation session (%1 days): %2 spasms on average; the day after a day without one (%3 days): %4.</source>
      <translation>Am Tag nach einer Entspannungssitzung (%1 Tage): im Schnitt %2 Krämpfe; am Tag nach einem Tag ohne (%3 Tage): %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>The first day must come before the last.</source>
      <translation>Der erste Tag muss vor dem letzten liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>The first four weeks of the period shown (%1 – %2: %3, %4) against its last four weeks (%5 – %6: %7, %8), up to the last day you recorded. A tracked day is a day you wrote something in your journal.</source>
      <translation>Die ersten vier Wochen des angezeigten Zeitraums (%1 – %2: %3, %4) gegenüber seinen letzten vier Wochen (%5 – %6: %7, %8), bis zum letzten Tag mit Eintrag. Ein erfasster Tag ist ein Tag, an dem du etwas in dein Tagebuch geschrieben hast.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>The first four weeks of this period that have records (%1 to %2, %3 tracked days) against its last four weeks (%4 to %5, %6 tracked days). A change is named only when its 95 % range leaves out “no change”; otherwise it says “no clear change”.</source>
      <translation>Die ersten vier Wochen dieses Zeitraums mit Einträgen (%1 bis %2, %3 erfasste Tage) gegenüber seinen letzten vier Wochen (%4 bis %5, %6 erfasste Tage). Eine Veränderung wird nur genannt, wenn ihr 95-%-Bereich „keine Veränderung“ ausschließt; sonst steht dort „keine klare Veränderung“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>The report could not be saved</source>
      <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>The report could not be written to %1. Please choose another place and try again.</source>
      <translation>Der Bericht konnte nicht nach %1 geschrieben werden. Bitte wähle einen anderen Ort und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>These are patterns in your own record, not causes. Talk them over with your doctor or care team before changing anything.</source>
      <translation>Das sind Muster in deinen eigenen Aufzeichnungen, keine Ursachen. Sprich mit deiner Ärztin oder deinem Arzt oder deinem Behandlungsteam darüber, bevor du etwas änderst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>These have no number: a trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong. To see how it goes with your spasms, tick it in your daily check-in on the days it happens.</source>
      <translation>Diese haben keine Zahl: Ein Auslöser, der bei einem Krampf-Eintrag notiert ist, kommt immer mit einem Krampf. Ein Vergleich von Tagen mit und ohne ihn würde ihn also stark aussehen lassen. Um zu sehen, wie er mit deinen Krämpfen zusammenhängt, hak ihn an den Tagen, an denen er vorkommt, in deinem täglichen Check-in an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>These were noted only on spasm entries, never in a daily check-in. A trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong: no ratio is shown.</source>
      <translation>Diese wurden nur bei Krampf-Einträgen notiert, nie in einem täglichen Check-in. Ein Auslöser, der bei einem Krampf-Eintrag notiert ist, kommt immer mit einem Krampf, daher würde ein Vergleich von Tagen mit und ohne ihn ihn stark aussehen lassen: Es wird kein Verhältnis gezeigt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>This summary comes from a personal self-tracking app (Fibro Desktop). It is what I noted myself; it is not a diagnosis and the app is not a medical device.</source>
      <translation>Diese Zusammenfassung stammt aus einer persönlichen App zur Selbstbeobachtung (Fibro Desktop). Sie enthält, was ich selbst notiert habe; sie ist keine Diagnose, und die App ist kein Medizinprodukt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Trigger</source>
      <translation>Auslöser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Triggers</source>
      <translation>Auslöser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Typical intensity</source>
      <translation>Typische Stärke</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical intensity (0–10)</source>
      <translation>Typische Stärke (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical intensity (median, 0–10)</source>
      <translation>Typische Stärke (Median, 0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical length</source>
      <translation>Typische Dauer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical length (median)</source>
      <translation>Typische Dauer (Median)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical recovery time</source>
      <translation>Typische Erholungszeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical recovery time (median)</source>
      <translation>Typische Erholungszeit (Median)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Typical time to relief</source>
      <translation>Typische Zeit bis zur Linderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Typical values are medians, with how many values each window has. A change is named only when its range leaves "no change" out; otherwise it says "no clear change": the windows differ by no more than everyday ups and downs could explain.</source>
      <translation>Typische Werte sind Mediane, mit der Anzahl der Werte in jedem Abschnitt. Eine Veränderung wird nur genannt, wenn ihr Bereich „keine Veränderung“ ausschließt; sonst steht dort „keine klare Veränderung“: Die Abschnitte unterscheiden sich dann nicht mehr, als normale Schwankungen im Alltag erklären könnten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Usual amount</source>
      <translation>Übliche Menge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Value under the pointer</source>
      <translation>Wert unter dem Mauszeiger</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Warning signs noticed</source>
      <translation>Bemerkte Warnzeichen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of</source>
      <translation>Woche ab</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 minutes in %n sessions</source>
      <extracomment>A count. English: Week of %1: %2 minutes in %n session / Week of %1: %2 minutes in %n sessions</extracomment>
      <translation>
        <numerusform>Woche ab %1: %2 Minuten in %n Sitzung</numerusform>
        <numerusform>Woche ab %1: %2 Minuten in %n Sitzungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 of %n breaks taken; %3</source>
      <extracomment>A count. English: Week of %1: %2 of %n break taken; %3 / Week of %1: %2 of %n breaks taken; %3</extracomment>
      <translation>
        <numerusform>Woche ab %1: %2 von %n Pause gemacht; %3</numerusform>
        <numerusform>Woche ab %1: %2 von %n Pausen gemacht; %3</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 spasms</source>
      <translation>Woche ab %1: %2 Krämpfe</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %n spasms, typical intensity %2, worst %3, typical length %4, recovery %5</source>
      <extracomment>A count. English: Week of %1: %n spasm, typical intensity %2, worst %3, typical length %4, recovery %5 / Week of %1: %n spasms, typical intensity %2, worst %3, typical length %4, recovery %5</extracomment>
      <translation>
        <numerusform>Woche ab %1: %n Krampf, typische Stärke %2, stärkste %3, typische Dauer %4, Erholung %5</numerusform>
        <numerusform>Woche ab %1: %n Krämpfe, typische Stärke %2, stärkste %3, typische Dauer %4, Erholung %5</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: no record at all</source>
      <translation>Woche ab %1: gar kein Eintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>What helped</source>
      <translation>Was geholfen hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>What was noticed</source>
      <translation>Was bemerkt wurde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>When spasms happen</source>
      <translation>Wann Krämpfe auftreten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>When you listen to sessions in the Relax tab, your listening appears here.</source>
      <translation>Wenn du im Tab „Entspannen“ Sitzungen hörst, erscheint das hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>When you use the break timer in the Pacing tab, your breaks appear here.</source>
      <translation>Wenn du den Pausen-Timer im Tab „Pausen“ nutzt, erscheinen deine Pausen hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Where spasms happen</source>
      <translation>Wo Krämpfe auftreten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Working out the insights…</source>
      <translation>Erkenntnisse werden berechnet…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Worst intensity</source>
      <translation>Stärkste Intensität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Worst intensity (0–10)</source>
      <translation>Stärkste Intensität (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Writing the PDF…</source>
      <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Writing the tables…</source>
      <translation>Tabellen werden geschrieben…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used Pacing (the break timer).</source>
      <translation>„Pausen“ (der Pausen-Timer) wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used Relax (relaxation audio and breathing).</source>
      <translation>„Entspannen“ (Entspannungsaudio und Atmung) wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used the daily check-in, where triggers are ticked for this comparison.</source>
      <translation>Der tägliche Check-in, in dem Auslöser für diesen Vergleich angehakt werden, wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>You have not used the daily check-in.</source>
      <translation>Der tägliche Check-in wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>You have not used the medication log.</source>
      <translation>Das Medikamenten-Protokoll wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Your note for the provider</source>
      <translation>Deine Notiz für die Praxis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Your report is saved as %1 in the folder %2.</source>
      <translation>Dein Bericht ist als %1 im Ordner %2 gespeichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 higher (%2 to %3 higher)</source>
      <translation>etwa %1 höher (%2 bis %3 höher)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 lower (%2 to %3 lower)</source>
      <translation>etwa %1 niedriger (%2 bis %3 niedriger)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 points higher (%2 to %3 higher)</source>
      <translation>etwa %1 Punkte höher (%2 bis %3 höher)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 points lower (%2 to %3 lower)</source>
      <translation>etwa %1 Punkte niedriger (%2 bis %3 niedriger)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 times as long (%2 to %3)</source>
      <translation>etwa %1-mal so lang (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 times as many (%2 to %3 times)</source>
      <translation>etwa %1-mal so viele (%2- bis %3-mal)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 times as many spasms (%2 to %3)</source>
      <translation>etwa %1-mal so viele Krämpfe (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>could be chance</source>
      <translation>könnte Zufall sein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>days with it: %1, without: %2</source>
      <translation>Tage damit: %1, ohne: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>fewer: about %1 times as many (%2 to %3)</source>
      <translation>weniger: etwa %1-mal so viele (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>from %1 to %2</source>
      <translation>von %1 bis %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>helped %1 of %n times</source>
      <extracomment>A count. English: helped %1 of %n time / helped %1 of %n times</extracomment>
      <translation>
        <numerusform>hat %1 von %n Mal geholfen</numerusform>
        <numerusform>hat %1 von %n Malen geholfen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>helped %1 of %n times (%2 % to %3 %)</source>
      <extracomment>A count. English: helped %1 of %n time (%2 % to %3 %) / helped %1 of %n times (%2 % to %3 %)</extracomment>
      <translation>
        <numerusform>hat %1 von %n Mal geholfen (%2 % bis %3 %)</numerusform>
        <numerusform>hat %1 von %n Malen geholfen (%2 % bis %3 %)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>helped %1, a little %2, not %3</source>
      <translation>geholfen %1, etwas %2, nicht %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>how to read: %1</source>
      <translation>So liest du das: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>length</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>longer: about %1 times as long (%2 to %3)</source>
      <translation>länger: etwa %1-mal so lang (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>mobility</source>
      <translation>Beweglichkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>more spasms now (none in the first weeks)</source>
      <translation>jetzt mehr Krämpfe (keine in den ersten Wochen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>more: about %1 times as many (%2 to %3)</source>
      <translation>mehr: etwa %1-mal so viele (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change</source>
      <translation>keine klare Veränderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no clear change (%1 to %2 points)</source>
      <translation>keine klare Veränderung (%1 bis %2 Punkte)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (%1 to %2 times as long)</source>
      <translation>keine klare Veränderung (%1- bis %2-mal so lang)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (%1 to %2 times as many)</source>
      <translation>keine klare Veränderung (%1- bis %2-mal so viele)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no clear change (%1 to %2 times)</source>
      <translation>keine klare Veränderung (%1- bis %2-mal)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (between %1 lower and %2 higher)</source>
      <translation>keine klare Veränderung (zwischen %1 niedriger und %2 höher)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>no record</source>
      <translation>kein Eintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>no record that day</source>
      <translation>an dem Tag kein Eintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>no record that week</source>
      <translation>in der Woche kein Eintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no spasms in either window</source>
      <translation>in keinem der beiden Abschnitte Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no spasms in one of the two windows: no ratio</source>
      <translation>in einem der beiden Abschnitte keine Krämpfe: kein Verhältnis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>not enough data yet</source>
      <translation>noch nicht genug Daten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not enough data yet (%1 days with it, %2 without; %3 each needed)</source>
      <translation>noch nicht genug Daten (%1 Tage damit, %2 ohne; je %3 nötig)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not enough data yet (%1)</source>
      <translation>noch nicht genug Daten (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>not enough data yet (at least %1 tracked days in each)</source>
      <translation>noch nicht genug Daten (mindestens %1 erfasste Tage in jedem)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not rated yet</source>
      <translation>noch nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>on %1</source>
      <translation>am %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>only part of the week tracked</source>
      <translation>nur ein Teil der Woche erfasst</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>rated %n times: too few to say</source>
      <extracomment>A count. English: rated once: too few to say / rated %n times: too few to say</extracomment>
      <translation>
        <numerusform>einmal bewertet: zu wenige für eine Aussage</numerusform>
        <numerusform>%n-mal bewertet: zu wenige für eine Aussage</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>recovery</source>
      <translation>Erholung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>right axis: intensity 0–10</source>
      <translation>rechte Achse: Stärke 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>shorter: about %1 times as long (%2 to %3)</source>
      <translation>kürzer: etwa %1-mal so lang (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>sleep quality</source>
      <translation>Schlafqualität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>spasms per day (left axis)</source>
      <translation>Krämpfe pro Tag (linke Achse)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>spasms per week (left axis)</source>
      <translation>Krämpfe pro Woche (linke Achse)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>stands out in your record</source>
      <translation>fällt in deinen Aufzeichnungen auf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>that name is a folder</source>
      <translation>unter diesem Namen gibt es einen Ordner</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>that place cannot be written to</source>
      <translation>an diesen Ort kann nicht geschrieben werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>the disk is full</source>
      <translation>die Festplatte ist voll</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>the file could not be written</source>
      <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>too few to compare (%1 and %2 values; %3 each needed)</source>
      <translation>zu wenige für einen Vergleich (%1 und %2 Werte; je %3 nötig)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>tried %n times, not rated</source>
      <extracomment>A count. English: tried once, not rated / tried %n times, not rated</extracomment>
      <translation>
        <numerusform>einmal versucht, nicht bewertet</numerusform>
        <numerusform>%n-mal versucht, nicht bewertet</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>typical</source>
      <translation>typisch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>typical intensity</source>
      <translation>typische Stärke</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>with it: %1, %2 · without: %3, %4</source>
      <translation>mit: %1, %2 · ohne: %3, %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>worst</source>
      <translation>stärkste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>“Could be chance”: with several triggers and two windows, some ranges miss 1 by luck alone. Only a finding that stands out even after allowing for that goes without this mark.</source>
      <translation>„Könnte Zufall sein“: Bei mehreren Auslösern und zwei Abschnitten verfehlen manche Bereiche die 1 allein durch Zufall. Nur ein Ergebnis, das auch dann noch auffällt, wenn man das berücksichtigt, steht ohne diesen Hinweis da.</translation>
    </message>
  </context>
  <context>
    <name>ChartsTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Charts</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Make a PDF summary of a period to bring to your provider</source>
      <translation>Eine PDF-Zusammenfassung eines Zeitraums für deine Praxis erstellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Provider &amp;report…</source>
      <translation>Bericht für die &amp;Praxis…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Trends, insights and the provider report</source>
      <translation>Trends, Erkenntnisse und der Bericht für die Praxis</translation>
    </message>
  </context>
  <context>
    <name>CheckInForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>A minute for how the day went. Answer what you like and leave the rest blank; you can come back and change it.</source>
      <translation>Eine Minute für deinen Tag. Beantworte, was du magst, und lass den Rest leer. Du kannst später alles ändern.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Anything else?</source>
      <translation>Sonst noch etwas?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Calm</source>
      <translation>Ruhig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Choose the day this check-in is for.</source>
      <translation>Wähle den Tag, für den dieser Check-in gilt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/daily_activities.py" />
      <source>Could you do your daily activities without interruption?</source>
      <translation>Konntest du deinen Alltag ohne Unterbrechung schaffen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Daily activities</source>
      <translation>Alltag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Daily check-in</source>
      <translation>Tages-Check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Energy</source>
      <translation>Energie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Exhausted</source>
      <translation>Erschöpft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Glasses of water</source>
      <translation>Gläser Wasser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Good</source>
      <translation>Gut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Hardly at all</source>
      <translation>Kaum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Here is what you saved for %1. Change anything and save again.</source>
      <translation>Das hast du für %1 gespeichert. Ändere, was du willst, und speichere erneut.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Hours of sleep</source>
      <translation>Stunden Schlaf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Lots of energy</source>
      <translation>Viel Energie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Low</source>
      <translation>Niedergeschlagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Moved freely</source>
      <translation>Frei beweglich</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Moving about</source>
      <translation>Bewegung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>No pain</source>
      <translation>Keine Schmerzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Not answered</source>
      <translation>Keine Angabe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Not saved yet: please look at the note next to the field.</source>
      <translation>Noch nicht gespeichert: Bitte sieh dir den Hinweis neben dem Feld an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Overall pain</source>
      <translation>Schmerzen insgesamt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Save check-in</source>
      <translation>Check-in speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Save the check-in (Ctrl+Enter from anywhere in the form)</source>
      <translation>Check-in speichern (Strg+Eingabe von überall im Formular)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Saved for %1. Thank you for checking in.</source>
      <translation>Für %1 gespeichert. Danke für deinen Check-in.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Sleep quality</source>
      <translation>Schlafqualität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Slept badly</source>
      <translation>Schlecht geschlafen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Slept well</source>
      <translation>Gut geschlafen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Stress</source>
      <translation>Stress</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Very stressed</source>
      <translation>Sehr gestresst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Weakness, numbness, fever or the like</source>
      <translation>Schwäche, Taubheit, Fieber oder Ähnliches</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>What happened that day</source>
      <translation>Was an dem Tag passiert ist</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>What you did</source>
      <translation>Was du gemacht hast</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Why a daily check-in helps</source>
      <translation>Warum ein täglicher Check-in hilft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Worst pain</source>
      <translation>Stärkste Schmerzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Write the hours as a number, like 7.5 or 7:30.</source>
      <translation>Gib die Stunden als Zahl ein, z. B. 7,5 oder 7:30.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>for example 7.5 or 7:30</source>
      <translation>z. B. 7,5 oder 7:30</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>for example a short walk, housework, desk work</source>
      <translation>z. B. kurzer Spaziergang, Hausarbeit, Schreibtischarbeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>how spasms affect your day</source>
      <translation>wie Krämpfe deinen Tag beeinflussen</translation>
    </message>
  </context>
  <context>
    <name>Cover</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Break, full screen</source>
      <translation>Pause, Vollbild</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Ends this break now; it counts as skipped</source>
      <translation>Beendet diese Pause sofort; sie zählt als übersprungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>I need my &amp;screen</source>
      <translation>Ich brauche meinen &amp;Bildschirm</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Time left</source>
      <translation>Verbleibende Zeit</translation>
    </message>
  </context>
  <context>
    <name>DataSafety</name>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>%1 already exists.

Replace it with this export?</source>
      <translation>%1 gibt es schon.

Durch diesen Export ersetzen?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>%n check-ins</source>
      <extracomment>A count. English: %n check-in / %n check-ins</extracomment>
      <translation>
        <numerusform>%n Check-in</numerusform>
        <numerusform>%n Check-ins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>%n episodes</source>
      <extracomment>A count. English: %n episode / %n episodes</extracomment>
      <translation>
        <numerusform>%n Krampf</numerusform>
        <numerusform>%n Krämpfe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>%n recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</source>
      <extracomment>A count. English: %n recording came without its sound file: keep the …-audio.zip file beside the export and import again. / %n recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</extracomment>
      <translation>
        <numerusform>%n Aufnahme kam ohne ihre Audiodatei: Leg die Datei …-audio.zip neben den Export und importiere noch einmal.</numerusform>
        <numerusform>%n Aufnahmen kamen ohne ihre Audiodatei: Leg die Datei …-audio.zip neben den Export und importiere noch einmal.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>%n recordings were brought into your audio folder.</source>
      <extracomment>A count. English: %n recording was brought into your audio folder. / %n recordings were brought into your audio folder.</extracomment>
      <translation>
        <numerusform>%n Aufnahme wurde in deinen Audio-Ordner übernommen.</numerusform>
        <numerusform>%n Aufnahmen wurden in deinen Audio-Ordner übernommen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>&amp;Back up now</source>
      <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>&amp;Backups and restore…</source>
      <translation>&amp;Sicherungen und Wiederherstellung…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;Export…</source>
      <translation>E&amp;xportieren…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;From:</source>
      <translation>&amp;Von:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>&amp;Import…</source>
      <translation>&amp;Importieren…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;JSON: one file with everything, to bring back into Fibro Desktop</source>
      <translation>&amp;JSON: eine Datei mit allem, um sie wieder in Fibro Desktop zu laden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Restore the latest good backup</source>
      <translation>Letzte gute Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>&amp;Restore…</source>
      <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Save what can be read…</source>
      <translation>&amp;Lesbares speichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;To:</source>
      <translation>&amp;Bis:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>A copy of each backup also goes to: %1</source>
      <translation>Eine Kopie jeder Sicherung geht auch nach: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>After changes, at exit</source>
      <translation>Nach Änderungen, beim Beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>An export is a copy of your data in an open format, to keep, to move to another computer, or to open in a spreadsheet. It stays where you save it; nothing is sent.</source>
      <translation>Ein Export ist eine Kopie deiner Daten in einem offenen Format: zum Aufbewahren, zum Umziehen auf einen anderen Computer oder zum Öffnen in einer Tabellenkalkulation. Er bleibt dort, wo du ihn speicherst; nichts wird verschickt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Back up now</source>
      <translation>Jetzt sichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backup made and checked.</source>
      <translation>Sicherung erstellt und geprüft.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backup restored. Your data as it was before is kept as a backup too.</source>
      <translation>Sicherung wiederhergestellt. Deine bisherigen Daten sind ebenfalls als Sicherung aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Backups and restore</source>
      <translation>Sicherungen und Wiederherstellung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backups and restore…</source>
      <translation>Sicherungen und Wiederherstellung…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Backups, newest first</source>
      <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before a passphrase change</source>
      <translation>Vor einer Änderung der Passphrase</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before a restore</source>
      <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before an import</source>
      <translation>Vor einem Import</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before an update of your data</source>
      <translation>Vor einer Aktualisierung deiner Daten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>CSV in a &amp;folder: the same, as loose files</source>
      <translation>CSV in einem &amp;Ordner: dasselbe, als einzelne Dateien</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>CSV in a &amp;zip: one table per file, for spreadsheets</source>
      <translation>CSV in einer &amp;ZIP-Datei: eine Tabelle pro Datei, für Tabellenkalkulationen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Cannot be read</source>
      <translation>Nicht lesbar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Choose &amp;folder…</source>
      <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Choose a second folder for copies of backups</source>
      <translation>Einen zweiten Ordner für Kopien der Sicherungen wählen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Choose an export to import</source>
      <translation>Export zum Importieren wählen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Copies to a second folder (say, one your own sync service watches): off.</source>
      <translation>Kopien in einen zweiten Ordner (etwa einen, den dein eigener Sync-Dienst beobachtet): aus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Daily</source>
      <translation>Täglich</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Delete the backup from %1 (%2) for good?

Your data and your other backups are not touched.</source>
      <translation>Die Sicherung vom %1 (%2) endgültig löschen?

Deine Daten und deine anderen Sicherungen bleiben unberührt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Details: %1</source>
      <translation>Details: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export (*%1)</source>
      <translation>Export (*%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export cancelled. Nothing was written.</source>
      <translation>Export abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Export what can be read</source>
      <translation>Lesbares exportieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Export your data</source>
      <translation>Deine Daten exportieren</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Exported %Ln entries from %1 tables to %2.</source>
      <extracomment>A count. English: Exported %Ln entry from %1 tables to %2. / Exported %Ln entries from %1 tables to %2.</extracomment>
      <translation>
        <numerusform>%Ln Eintrag aus %1 Tabellen nach %2 exportiert.</numerusform>
        <numerusform>%Ln Einträge aus %1 Tabellen nach %2 exportiert.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Exporting your data…</source>
      <translation>Deine Daten werden exportiert…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Fibro Desktop exports (*.json *.zip %1)</source>
      <translation>Fibro-Desktop-Exporte (*.json *.zip %1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Fibro Desktop keeps a checked copy of your data every day you use it and after changes, for the last week, month and year. Backups made before an import, a restore, an update or a passphrase change are kept for 90 days, so you can always undo them. Your own recordings are kept with the backups too. Restoring a backup first saves your data as it is now, so nothing is lost.</source>
      <translation>Fibro Desktop bewahrt an jedem Tag, an dem du es nutzt, und nach Änderungen eine geprüfte Kopie deiner Daten auf, für die letzte Woche, den letzten Monat und das letzte Jahr. Sicherungen vor einem Import, einer Wiederherstellung, einer Aktualisierung oder einer Änderung der Passphrase werden 90 Tage aufbewahrt, damit du sie immer rückgängig machen kannst. Deine eigenen Aufnahmen werden mit den Sicherungen aufbewahrt. Bevor eine Sicherung wiederhergestellt wird, werden deine aktuellen Daten gesichert, damit nichts verloren geht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Folder for copies of your backups</source>
      <translation>Ordner für Kopien deiner Sicherungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Folder to put the export folder in</source>
      <translation>Ordner, in den der Export-Ordner kommt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import %Ln entries from %1?

Entries you already have are recognised and skipped. Your data is backed up first.</source>
      <extracomment>A count. English: Import %Ln entry from %1?

Entries you already have are recognised and skipped. Your data is backed up first. / Import %Ln entries from %1?

Entries you already have are recognised and skipped. Your data is backed up first.</extracomment>
      <translation>
        <numerusform>%Ln Eintrag aus %1 importieren?

Einträge, die du schon hast, werden erkannt und übersprungen. Deine Daten werden vorher gesichert.</numerusform>
        <numerusform>%Ln Einträge aus %1 importieren?

Einträge, die du schon hast, werden erkannt und übersprungen. Deine Daten werden vorher gesichert.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import cancelled. Nothing was changed.</source>
      <translation>Import abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Imported %Ln new entries; %1 were already there.</source>
      <extracomment>A count. English: Imported %Ln new entry; %1 were already there. / Imported %Ln new entries; %1 were already there.</extracomment>
      <translation>
        <numerusform>%Ln neuer Eintrag importiert; %1 waren schon da.</numerusform>
        <numerusform>%Ln neue Einträge importiert; %1 waren schon da.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Importing…</source>
      <translation>Wird importiert…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Include my own &amp;recordings</source>
      <translation>Meine eigenen &amp;Aufnahmen mitnehmen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Latest good backup: %1, holding %2.</source>
      <translation>Letzte gute Sicherung: %1, mit %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Made by you</source>
      <translation>Von dir erstellt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Making a backup and checking it…</source>
      <translation>Sicherung wird erstellt und geprüft…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>No backups yet. The first one is made today, or press “Back up now”.</source>
      <translation>Noch keine Sicherungen. Die erste wird heute erstellt, oder drück auf „Jetzt sichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Nothing could be read: %1</source>
      <translation>Nichts konnte gelesen werden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Nothing could be saved: %1</source>
      <translation>Nichts konnte gespeichert werden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Nothing was imported. %1</source>
      <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Nothing was imported: the recordings could not be copied (%1).</source>
      <translation>Es wurde nichts importiert: Die Aufnahmen konnten nicht kopiert werden (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Only &amp;these days:</source>
      <translation>Nur &amp;diese Tage:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Please choose a place outside the data folder: nothing is ever written there but your data itself.</source>
      <translation>Bitte wähle einen Ort außerhalb des Datenordners: Dort wird nie etwas anderes geschrieben als deine Daten selbst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" />
      <source>Please wait</source>
      <translation>Bitte warten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Re&amp;move…</source>
      <translation>&amp;Entfernen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Remove the selected backup</source>
      <translation>Ausgewählte Sicherung entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Remove this backup?</source>
      <translation>Diese Sicherung entfernen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Replace your data by the backup from %1 (%2)?

Your data as it is now is saved as a backup first, so you can go back.</source>
      <translation>Deine Daten durch die Sicherung vom %1 (%2) ersetzen?

Deine aktuellen Daten werden vorher als Sicherung gespeichert, damit du zurückkannst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Restore a backup</source>
      <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Restore failed</source>
      <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Restore this backup?</source>
      <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>S&amp;top copying</source>
      <translation>Kopieren &amp;beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Save the export as</source>
      <translation>Export speichern unter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Save what can be read as</source>
      <translation>Lesbares speichern unter</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Saved %Ln entries to %1.</source>
      <extracomment>A count. English: Saved %Ln entry to %1. / Saved %Ln entries to %1.</extracomment>
      <translation>
        <numerusform>%Ln Eintrag nach %1 gespeichert.</numerusform>
        <numerusform>%Ln Einträge nach %1 gespeichert.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Settings only, no entries yet</source>
      <translation>Nur Einstellungen, noch keine Einträge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Start &amp;with no data (backups kept)</source>
      <translation>&amp;Ohne Daten starten (Sicherungen bleiben)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>The backup was removed.</source>
      <translation>Die Sicherung wurde entfernt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>The export could not be written: %1</source>
      <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>The first day is after the last day. Please swap them.</source>
      <translation>Der erste Tag liegt nach dem letzten. Bitte tausch sie.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>There is no good backup to go back to.</source>
      <translation>Es gibt keine gute Sicherung, zu der du zurückkannst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>These parts could not be read: %1.</source>
      <translation>Diese Teile konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>They are saved in a second file, …-audio.zip, beside the export. Keep the two together.</source>
      <translation>Sie werden in einer zweiten Datei, …-audio.zip, neben dem Export gespeichert. Bewahr die beiden zusammen auf.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>This place is inside Fibro Desktop's own data folder, where your data and its backups live. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Dieser Ort liegt in Fibro Desktops eigenem Datenordner, in dem deine Daten und ihre Sicherungen liegen. Es wurde nichts geschrieben. Bitte wähle einen anderen Ort, etwa deinen Ordner „Dokumente“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>This place is inside Fibro Desktop's own data folder. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Dieser Ort liegt in Fibro Desktops eigenem Datenordner. Es wurde nichts geschrieben. Bitte wähle einen anderen Ort, etwa deinen Ordner „Dokumente“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>What it holds</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data could not be opened</source>
      <translation>Deine Daten konnten nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data could not be opened. It has not been changed. You can go back to your latest good backup, or save what can still be read to a file first.</source>
      <translation>Deine Daten konnten nicht geöffnet werden. Sie wurden nicht verändert. Du kannst zu deiner letzten guten Sicherung zurückgehen oder zuerst speichern, was sich noch lesen lässt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data file is damaged, perhaps by a crash of the computer or a problem with the disk. It has not been changed. You can go back to your latest good backup (the damaged file is kept aside, not deleted), or save what can still be read to a file first.</source>
      <translation>Deine Datendatei ist beschädigt, vielleicht durch einen Absturz des Computers oder ein Problem mit der Festplatte. Sie wurde nicht verändert. Du kannst zu deiner letzten guten Sicherung zurückgehen (die beschädigte Datei wird beiseitegelegt, nicht gelöscht) oder zuerst speichern, was sich noch lesen lässt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data file is empty or missing, but backups of your data are here, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing has been changed. You can go back to your latest good backup.</source>
      <translation>Deine Datendatei ist leer oder fehlt, aber es gibt Sicherungen deiner Daten. Das ist also kein Neuanfang: Die Daten sind wahrscheinlich durch einen Absturz, eine volle Festplatte oder einen Sync-Dienst verloren gegangen. Es wurde nichts verändert. Du kannst zu deiner letzten guten Sicherung zurückgehen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data needs attention</source>
      <translation>Deine Daten brauchen Aufmerksamkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data was saved by a newer version of Fibro Desktop than this one. This version cannot safely change it, so it has not touched it. Please install the newer version again; or, to go on with this one, restore an earlier backup.</source>
      <translation>Deine Daten wurden von einer neueren Version von Fibro Desktop gespeichert. Diese Version kann sie nicht sicher ändern und hat sie daher nicht angerührt. Bitte installiere die neuere Version wieder oder stell eine ältere Sicherung wieder her, um mit dieser Version weiterzumachen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Your recordings are in %1 beside it; keep the two files together.</source>
      <translation>Deine Aufnahmen liegen in %1 daneben; bewahr die beiden Dateien zusammen auf.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>field %1</source>
      <translation>Feld %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>row %1</source>
      <translation>Zeile %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>table %1</source>
      <translation>Tabelle %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>the disk is full.</source>
      <translation>die Festplatte ist voll.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>this folder cannot be written to.</source>
      <translation>in diesen Ordner kann nicht geschrieben werden.</translation>
    </message>
  </context>
  <context>
    <name>DayChooser</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Day of this check-in</source>
      <translation>Tag dieses Check-ins</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>It is just after midnight. Which day is this check-in for?</source>
      <translation>Es ist kurz nach Mitternacht. Für welchen Tag ist dieser Check-in?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Today, %1</source>
      <translation>Heute, %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Yesterday, %1</source>
      <translation>Gestern, %1</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>1 tablet</source>
      <translation>1 Tablette</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>2 capsules</source>
      <translation>2 Kapseln</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Coat pocket</source>
      <translation>Manteltasche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Desk drawer</source>
      <translation>Schreibtischschublade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Ice pack</source>
      <translation>Kühlpack</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Lemon ones taste best</source>
      <translation>Die mit Zitrone schmecken am besten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>Magnesium glycinate</source>
      <translation>Magnesiumglycinat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Magnesium spray</source>
      <translation>Magnesiumspray</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>My prescribed muscle medicine</source>
      <translation>Mein verschriebenes Mittel für die Muskeln</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Office freezer</source>
      <translation>Gefrierfach im Büro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Refill on Sundays</source>
      <translation>Sonntags auffüllen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Stand, roll your shoulders and look far away for a minute.</source>
      <translation>Steh auf, kreise die Schultern und schau eine Minute lang in die Ferne.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Tennis ball for knots</source>
      <translation>Tennisball für Verspannungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Tuesdays and Thursdays</source>
      <translation>Dienstags und donnerstags</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Walk to the window</source>
      <translation>Zum Fenster gehen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Work bag</source>
      <translation>Arbeitstasche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>drowsy</source>
      <translation>schläfrig</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Fibro Desktop is not a medical device and does not diagnose anything. It helps you keep notes and habits. Always talk to your doctor or care team about your symptoms and before changing any treatment.</source>
      <translation>Fibro Desktop ist kein Medizinprodukt und stellt keine Diagnosen. Es hilft dir, Notizen und Gewohnheiten festzuhalten. Sprich immer mit deiner Ärztin oder deinem Arzt oder deinem Behandlungsteam über deine Beschwerden und bevor du eine Behandlung änderst.</translation>
    </message>
  </context>
  <context>
    <name>DoseLogger</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Amount</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Did it help?</source>
      <translation>Hat es geholfen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Log a dose</source>
      <translation>Dosis eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Log a dose: %1</source>
      <translation>Dosis eintragen: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Not said</source>
      <translation>Keine Angabe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Now</source>
      <translation>Jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Save dose</source>
      <translation>Dosis speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Set the time to now</source>
      <translation>Zeit auf jetzt setzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Side effects</source>
      <translation>Nebenwirkungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Skipped</source>
      <translation>Ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Taken</source>
      <translation>Genommen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Taken or skipped</source>
      <translation>Genommen oder ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Time</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Time taken</source>
      <translation>Zeitpunkt der Einnahme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>anything you noticed, for example drowsiness</source>
      <translation>was dir aufgefallen ist, z. B. Müdigkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>as you write it</source>
      <translation>so wie du es schreibst</translation>
    </message>
  </context>
  <context>
    <name>Encryption</name>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>%1 older backups were left as they were (made with another passphrase, or kept unencrypted as you asked).</source>
      <translation>%1 ältere Sicherungen wurden gelassen, wie sie waren (mit einer anderen Passphrase erstellt oder, wie gewünscht, unverschlüsselt aufbewahrt).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Change passphrase</source>
      <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Keep an unencrypted copy of my data as a backup</source>
      <translation>&amp;Unverschlüsselte Kopie meiner Daten als Sicherung behalten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;New passphrase:</source>
      <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Open</source>
      <translation>&amp;Öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Protect my data</source>
      <translation>Meine Daten &amp;schützen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>&amp;Protect with a passphrase…</source>
      <translation>Mit Passphrase &amp;absichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Remove protection</source>
      <translation>Schutz &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Repeat it:</source>
      <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Show passphrase</source>
      <translation>Passphrase &amp;zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Show passphrases</source>
      <translation>Passphrasen &amp;zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>A backup of your data could not be made first, so nothing was changed: %1</source>
      <translation>Es konnte vorher keine Sicherung deiner Daten erstellt werden, daher wurde nichts verändert: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>An unencrypted copy can be read by anyone who can open your files, so it undoes the protection; it is only a safety net for a forgotten passphrase. Without it, your existing backups are encrypted too. Copies already in a second backup folder, and exports, are not changed.</source>
      <translation>Eine unverschlüsselte Kopie kann jeder lesen, der deine Dateien öffnen kann. Sie hebt den Schutz also auf und ist nur ein Sicherheitsnetz für eine vergessene Passphrase. Ohne sie werden auch deine vorhandenen Sicherungen verschlüsselt. Kopien in einem zweiten Sicherungsordner und Exporte werden nicht verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>C&amp;hange passphrase…</source>
      <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>C&amp;urrent passphrase:</source>
      <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Change passphrase</source>
      <translation>Passphrase ändern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Change your passphrase</source>
      <translation>Deine Passphrase ändern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Changing how your data is protected…</source>
      <translation>Der Schutz deiner Daten wird geändert…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Current passphrase</source>
      <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Enter your passphrase</source>
      <translation>Gib deine Passphrase ein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Fibro Desktop is changing how your data is protected.</source>
      <translation>Fibro Desktop ändert gerade, wie deine Daten geschützt sind.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" />
      <source>If the passphrase is forgotten, this data cannot be opened again: it cannot be recovered or reset, by anyone. Write it down and keep it somewhere safe.</source>
      <translation>Wenn die Passphrase vergessen wird, lassen sich diese Daten nie wieder öffnen: Niemand kann sie wiederherstellen oder zurücksetzen. Schreib sie auf und bewahr sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Is Caps Lock on, or is another keyboard layout active?</source>
      <translation>Ist die Feststelltaste an oder ein anderes Tastaturlayout aktiv?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Keep an unencrypted copy of my data as a backup</source>
      <translation>Unverschlüsselte Kopie meiner Daten als Sicherung behalten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Making a backup of your data first…</source>
      <translation>Zuerst wird eine Sicherung deiner Daten erstellt…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" />
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Please choose a passphrase of at least %1 characters; a few words make a good one.</source>
      <translation>Bitte wähle eine Passphrase mit mindestens %1 Zeichen; ein paar Wörter ergeben eine gute.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Please enter your current passphrase.</source>
      <translation>Bitte gib deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Please enter your passphrase.</source>
      <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Protect with a passphrase</source>
      <translation>Mit Passphrase absichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Protect your data with a passphrase</source>
      <translation>Deine Daten mit einer Passphrase schützen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Remove passphrase p&amp;rotection…</source>
      <translation>Passphrase-Schutz entfe&amp;rnen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Remove protection</source>
      <translation>Schutz entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Remove the passphrase protection</source>
      <translation>Den Passphrase-Schutz entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Repeat the new passphrase</source>
      <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Show passphrase</source>
      <translation>Passphrase zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Show passphrases</source>
      <translation>Passphrasen zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>That is not your current passphrase. Nothing was changed.</source>
      <translation>Das ist nicht deine aktuelle Passphrase. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>That passphrase does not open your data. Nothing was changed; please try again.</source>
      <translation>Diese Passphrase öffnet deine Daten nicht. Es wurde nichts verändert; bitte versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>The new passphrase is the same as the current one.</source>
      <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>The two new passphrases are not the same.</source>
      <translation>Die beiden neuen Passphrasen sind nicht gleich.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>The unencrypted copy you asked for is kept at: %1</source>
      <translation>Die gewünschte unverschlüsselte Kopie liegt hier: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your data and its backups will be encrypted again with the new passphrase.</source>
      <translation>Deine Daten und ihre Sicherungen werden mit der neuen Passphrase neu verschlüsselt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your data is no longer protected with a passphrase.</source>
      <translation>Deine Daten sind nicht mehr mit einer Passphrase geschützt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your data is now protected with your passphrase.</source>
      <translation>Deine Daten sind jetzt mit deiner Passphrase geschützt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Your data is protected</source>
      <translation>Deine Daten sind geschützt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your journal and its backups will be encrypted on disk. Fibro Desktop will ask for the passphrase each time it starts. Settings and the log file stay unencrypted; they hold no journal entries. Exports you save are not encrypted.</source>
      <translation>Dein Tagebuch und seine Sicherungen werden auf der Festplatte verschlüsselt. Fibro Desktop fragt bei jedem Start nach der Passphrase. Einstellungen und die Protokolldatei bleiben unverschlüsselt; sie enthalten keine Tagebucheinträge. Exporte, die du speicherst, sind nicht verschlüsselt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your journal and its backups will be stored without encryption again, protected only by your computer account. Fibro Desktop will no longer ask for a passphrase.</source>
      <translation>Dein Tagebuch und seine Sicherungen werden wieder ohne Verschlüsselung gespeichert, nur durch dein Benutzerkonto auf dem Computer geschützt. Fibro Desktop fragt nicht mehr nach einer Passphrase.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Your journal is encrypted with a passphrase you chose. Enter it to open your data.</source>
      <translation>Dein Tagebuch ist mit einer Passphrase verschlüsselt, die du gewählt hast. Gib sie ein, um deine Daten zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your passphrase is changed.</source>
      <translation>Deine Passphrase ist geändert.</translation>
    </message>
  </context>
  <context>
    <name>EpisodeEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source> min to relief</source>
      <translation> Min. bis zur Linderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Activity</source>
      <translation>Aktivität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Another thing you tried, in your own words</source>
      <translation>Noch etwas, das ich versucht habe, in eigenen Worten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did %1 help?</source>
      <translation>Hat %1 geholfen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did any of these come with it?</source>
      <translation>Kam etwas davon dazu?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did it help?</source>
      <translation>Hat es geholfen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Discard changes</source>
      <translation>Änderungen verwerfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Effect on %1, 0 to 10</source>
      <translation>Auswirkung auf %1, 0 bis 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>For example: typing, climbing stairs</source>
      <translation>Zum Beispiel: Tippen, Treppensteigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How long it lasted</source>
      <translation>Wie lange er gedauert hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How long the spasm lasted, in minutes</source>
      <translation>Wie lange der Krampf gedauert hat, in Minuten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How much it affected me (0 = not at all, 10 = a lot)</source>
      <translation>Wie sehr es mich beeinträchtigt hat (0 = gar nicht, 10 = sehr)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>In one place: one muscle group.</source>
      <translation>An einer Stelle: eine Muskelgruppe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Intensity (0-10)</source>
      <translation>Stärke (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>It's still going</source>
      <translation>Hält noch an</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Keep editing</source>
      <translation>Weiter bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Keep your changes?</source>
      <translation>Änderungen behalten?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Minutes until %1 eased it</source>
      <translation>Minuten, bis %1 geholfen hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Moving around</source>
      <translation>Bewegung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Moving around: %1 muscle groups.</source>
      <translation>Wandernd: %1 Muskelgruppen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>New spasm entry</source>
      <translation>Neuer Krampf-Eintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Not said</source>
      <translation>Keine Angabe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Sleep</source>
      <translation>Schlaf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Something else I tried (your own words)</source>
      <translation>Etwas anderes, das ich versucht habe (eigene Worte)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Spasm details</source>
      <translation>Details zum Krampf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Started</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Danke, dass du das notierst. Solche Zeichen solltest du ärztlich abklären lassen. Wenn sie plötzlich oder heftig auftreten, hol dir sofort Hilfe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Time until back to normal</source>
      <translation>Zeit, bis wieder alles normal war</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Time until back to normal, in minutes</source>
      <translation>Zeit, bis wieder alles normal war, in Minuten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What I tried, and whether it helped</source>
      <translation>Was ich versucht habe und ob es geholfen hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What I was doing</source>
      <translation>Was ich gerade gemacht habe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What came before it</source>
      <translation>Was davor war</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What do the kinds mean?</source>
      <translation>Was bedeuten die Arten?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What it was</source>
      <translation>Was es war</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What was going on</source>
      <translation>Was los war</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Where (click the body, or Tab to a place and press Space)</source>
      <translation>Wo (klick auf den Körper oder geh mit Tab zu einer Stelle und drück die Leertaste)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>You changed this entry. What would you like to do?</source>
      <translation>Du hast diesen Eintrag geändert. Was möchtest du tun?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>a lot</source>
      <translation>sehr</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>barely</source>
      <translation>kaum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>minutes to relief</source>
      <translation>Minuten bis zur Linderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>not at all</source>
      <translation>gar nicht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>not sure</source>
      <translation>unsicher</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>the kinds of spasm</source>
      <translation>die Arten von Krämpfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>worst</source>
      <translation>am stärksten</translation>
    </message>
  </context>
  <context>
    <name>EpisodeTimelineModel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>details can be added</source>
      <translation>Details können ergänzt werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>intensity %1 of 10</source>
      <translation>Stärke %1 von 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>still going</source>
      <translation>hält noch an</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>warning sign noted</source>
      <translation>Warnzeichen notiert</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>&amp;Copy details</source>
      <translation>Details &amp;kopieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Error details</source>
      <translation>Fehlerdetails</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Fibro Desktop ran into a problem it did not expect. Your saved entries are safe. You can keep working; if this happens again, the details below help to fix it.</source>
      <translation>Fibro Desktop ist auf ein unerwartetes Problem gestoßen. Deine gespeicherten Einträge sind sicher. Du kannst weiterarbeiten; wenn das noch einmal passiert, helfen die Details unten, es zu beheben.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>They are also in the log file: %1</source>
      <translation>Sie stehen auch in der Protokolldatei: %1</translation>
    </message>
  </context>
  <context>
    <name>GlobalHotkey</name>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" />
      <source>On macOS a shortcut that works in every program needs a permission Fibro Desktop does not ask for. You can add one in System Settings → Keyboard → Keyboard Shortcuts that opens Fibro Desktop.</source>
      <translation>Unter macOS braucht ein Kürzel, das in jedem Programm funktioniert, eine Berechtigung, um die Fibro Desktop nicht bittet. Du kannst unter Systemeinstellungen → Tastatur → Tastaturkurzbefehle eines anlegen, das Fibro Desktop öffnet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" />
      <source>This desktop does not let apps take a shortcut from other programs. You can add one in your system's keyboard settings that starts Fibro Desktop.</source>
      <translation>Dieser Desktop erlaubt Apps nicht, anderen Programmen ein Tastenkürzel wegzunehmen. Du kannst in den Tastatureinstellungen deines Systems eines anlegen, das Fibro Desktop startet.</translation>
    </message>
  </context>
  <context>
    <name>GlobalShortcut</name>
    <message>
      <location filename="../../fibro_desktop/wiring/global_shortcut.py" />
      <source>The shortcut %1 for logging a spasm could not be set up: another program may already use it. You can choose other keys in Settings.</source>
      <translation>Das Tastenkürzel %1 zum Eintragen eines Krampfs konnte nicht eingerichtet werden: Vielleicht nutzt es schon ein anderes Programm. In den Einstellungen kannst du andere Tasten wählen.</translation>
    </message>
  </context>
  <context>
    <name>GuideReader</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/reader.py" />
      <source>Guide text</source>
      <translation>Ratgebertext</translation>
    </message>
  </context>
  <context>
    <name>JournalFilters</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>All time</source>
      <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Any trigger</source>
      <translation>Jeder Auslöser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Anywhere</source>
      <translation>Überall</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Clear the filters</source>
      <translation>Filter zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Every kind</source>
      <translation>Jede Art</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Kind of spasm</source>
      <translation>Art des Krampfs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Kind:</source>
      <translation>Art:</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Last %n days</source>
      <extracomment>A count. English: Today / Last %n days</extracomment>
      <translation>
        <numerusform>Heute</numerusform>
        <numerusform>Letzte %n Tage</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Muscle group</source>
      <translation>Muskelgruppe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Search notes</source>
      <translation>Notizen durchsuchen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Search the notes</source>
      <translation>Notizen durchsuchen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Show all</source>
      <translation>Alle zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Show:</source>
      <translation>Zeigen:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Trigger</source>
      <translation>Auslöser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Trigger:</source>
      <translation>Auslöser:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Where:</source>
      <translation>Wo:</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>%Ln entries</source>
      <extracomment>A count. English: %Ln entry / %Ln entries</extracomment>
      <translation>
        <numerusform>%Ln Eintrag</numerusform>
        <numerusform>%Ln Einträge</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Back to normal now</source>
      <translation>Jetzt wieder normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Count the time until back to normal from its start to now</source>
      <translation>Die Zeit bis „wieder normal“ vom Beginn bis jetzt zählen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Daily check-in</source>
      <translation>Tages-Check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Delete entry</source>
      <translation>Eintrag löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Episodes</source>
      <translation>Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>It has stopped: count how long it lasted from its start to now</source>
      <translation>Er ist vorbei: Dauer vom Beginn bis jetzt zählen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>It's over now</source>
      <translation>Jetzt vorbei</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Journal</source>
      <translation>Tagebuch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Journal sections</source>
      <translation>Bereiche im Tagebuch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Log a spasm</source>
      <translation>Krampf eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Medications</source>
      <translation>Medikamente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>New entry with details…</source>
      <translation>Neuer Eintrag mit Details…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>No entries match these filters. Change or clear them to see more.</source>
      <translation>Keine Einträge passen zu diesen Filtern. Ändere sie oder setz sie zurück, um mehr zu sehen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Nothing logged yet. When a spasm comes, press "Log a spasm": how strong it is is enough, details can wait.</source>
      <translation>Noch nichts eingetragen. Wenn ein Krampf kommt, drück auf „Krampf eintragen“: Wie stark er ist, reicht. Details können warten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Open details</source>
      <translation>Details öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Put back the entry as it was before your last edit (Ctrl+Z)</source>
      <translation>Den Eintrag so zurückholen, wie er vor deiner letzten Änderung war (Strg+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Put back the entry you deleted (Ctrl+Z)</source>
      <translation>Den gelöschten Eintrag zurückholen (Strg+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Three steps: open, choose how strong, save</source>
      <translation>Drei Schritte: öffnen, Stärke wählen, speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo delete</source>
      <translation>Löschen rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo edit</source>
      <translation>Änderung rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>What is worth noting?</source>
      <translation>Was lohnt sich zu notieren?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Your entries</source>
      <translation>Deine Einträge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>what to note about a spasm</source>
      <translation>was du zu einem Krampf notieren kannst</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>&amp;Log a spasm…</source>
      <translation>&amp;Krampf eintragen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>A minute for today's check-in? Click here to open it.</source>
      <translation>Eine Minute für den heutigen Check-in? Klick hier, um ihn zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Journal</source>
      <translation>Tagebuch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Log spasms and daily check-ins</source>
      <translation>Krämpfe und tägliche Check-ins eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Open the check-in</source>
      <translation>Check-in öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Today's check-in</source>
      <translation>Heutiger Check-in</translation>
    </message>
  </context>
  <context>
    <name>Learn</name>
    <message>
      <location filename="../../fibro_desktop/wiring/learn.py" />
      <source>&amp;Learn: guides in plain words</source>
      <translation>Wissen: &amp;Ratgeber in einfachen Worten</translation>
    </message>
  </context>
  <context>
    <name>LearnLink</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>Learn: %1</source>
      <translation>Wissen: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>Opens the guide at this part</source>
      <translation>Öffnet den Ratgeber an dieser Stelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>this</source>
      <translation>dieses Thema</translation>
    </message>
  </context>
  <context>
    <name>LearnWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Drucken…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Guides</source>
      <translation>Ratgeber</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Learn — Fibro Desktop</source>
      <translation>Wissen — Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>No guide mentions that. Try a shorter or different word.</source>
      <translation>Kein Ratgeber erwähnt das. Versuch ein kürzeres oder anderes Wort.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Save as P&amp;DF…</source>
      <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Save the guide as PDF</source>
      <translation>Ratgeber als PDF speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Search all guides</source>
      <translation>Alle Ratgeber durchsuchen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Search result</source>
      <translation>Suchergebnis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Sections found: %1</source>
      <translation>Gefundene Abschnitte: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>The PDF was not saved</source>
      <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>The guide could not be saved as %1. The folder may be read-only, or the disk may be full. Please choose another place.</source>
      <translation>Der Ratgeber konnte nicht als %1 gespeichert werden. Vielleicht ist der Ordner schreibgeschützt oder die Festplatte voll. Bitte wähle einen anderen Ort.</translation>
    </message>
  </context>
  <context>
    <name>LicencesDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>&amp;Show:</source>
      <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Apache License 2.0 (OpenSSL)</source>
      <translation>Apache License 2.0 (OpenSSL)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Fibro Desktop is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It comes with no warranty. It is built with other people's free software, each under its own licence, listed here.</source>
      <translation>Fibro Desktop ist freie Software: Du darfst es unter der GNU General Public License, Version 3 oder später, nutzen, weitergeben und verändern. Es kommt ohne jede Gewährleistung. Es ist mit freier Software anderer Menschen gebaut, jede unter ihrer eigenen Lizenz, die hier aufgeführt sind.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Fibro Desktop: GNU General Public License 3</source>
      <translation>Fibro Desktop: GNU General Public License 3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>GNU Lesser General Public License 2.1 (FFmpeg)</source>
      <translation>GNU Lesser General Public License 2.1 (FFmpeg)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>GNU Lesser General Public License 3 (Qt)</source>
      <translation>GNU Lesser General Public License 3 (Qt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licence text</source>
      <translation>Lizenztext</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licence text to show</source>
      <translation>Anzuzeigender Lizenztext</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licences</source>
      <translation>Lizenzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Software included, with their notices</source>
      <translation>Enthaltene Software mit ihren Hinweisen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>The licence files are missing from this installation. Fibro Desktop is released under the GNU General Public License, version 3 or later.</source>
      <translation>Die Lizenzdateien fehlen in dieser Installation. Fibro Desktop wird unter der GNU General Public License, Version 3 oder später, veröffentlicht.</translation>
    </message>
  </context>
  <context>
    <name>LiveEpisodes</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 at %2</source>
      <translation>%1 um %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 from %2 is over (%3)</source>
      <translation>%1 von %2 ist vorbei (%3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 since %2</source>
      <translation>%1 seit %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1, still going since %2</source>
      <translation>%1, hält seit %2 an</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>And %1 more in the list below.</source>
      <translation>Und %1 weitere in der Liste unten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Back to normal now</source>
      <translation>Jetzt wieder normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Back to normal now: %1</source>
      <translation>Jetzt wieder normal: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Hide</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Hide this question: %1</source>
      <translation>Diese Frage ausblenden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>It's over now</source>
      <translation>Jetzt vorbei</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>It's over now: %1</source>
      <translation>Jetzt vorbei: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Enter the time until back to normal here.</source>
      <translation>Seit dem Beginn ist mehr als ein Tag vergangen, daher lässt sich die Zeit nicht bis jetzt zählen. Trag hier die Zeit ein, bis wieder alles normal war.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Untick "It's still going" and enter how long it lasted.</source>
      <translation>Seit dem Beginn ist mehr als ein Tag vergangen, daher lässt sich die Zeit nicht bis jetzt zählen. Nimm den Haken bei „Hält noch an“ weg und trag ein, wie lange es gedauert hat.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Saved: %1 lasted %2.</source>
      <translation>Gespeichert: %1 hat %2 gedauert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Saved: back to normal %1 after it started.</source>
      <translation>Gespeichert: %1 nach dem Beginn wieder normal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Spasms going on now</source>
      <translation>Krämpfe, die gerade anhalten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>yesterday %1</source>
      <translation>gestern %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/main_window.py" />
      <source>Sections</source>
      <translation>Bereiche</translation>
    </message>
  </context>
  <context>
    <name>Maintenance</name>
    <message>
      <location filename="../../fibro_desktop/ui/maintenance.py" />
      <source>Fibro Desktop is busy with your data file.</source>
      <translation>Fibro Desktop arbeitet gerade mit deiner Datendatei.</translation>
    </message>
  </context>
  <context>
    <name>MedicationEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Add to your list</source>
      <translation>Zu deiner Liste hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Change this entry</source>
      <translation>Diesen Eintrag ändern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Medication or supplement</source>
      <translation>Medikament oder Nahrungsergänzung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Save to my list</source>
      <translation>In meiner Liste speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Usual amount</source>
      <translation>Übliche Menge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>as it is written on the pack, or as you call it</source>
      <translation>so wie es auf der Packung steht oder wie du es nennst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>capsule</source>
      <translation>Kapsel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>cream or gel</source>
      <translation>Creme oder Gel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>drink</source>
      <translation>Getränk</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>drops</source>
      <translation>Tropfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>injection</source>
      <translation>Spritze</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>powder</source>
      <translation>Pulver</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>spray</source>
      <translation>Spray</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>tablet</source>
      <translation>Tablette</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>your usual amount, in your own words</source>
      <translation>deine übliche Menge, in deinen eigenen Worten</translation>
    </message>
  </context>
  <context>
    <name>MedicationsPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>%1 is archived. Its doses stay in your journal; tick "Show archived" to bring it back.</source>
      <translation>%1 ist archiviert. Die Dosen bleiben in deinem Tagebuch; hak „Archivierte zeigen“ an, um es zurückzuholen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>%1 is back on your list.</source>
      <translation>%1 ist wieder auf deiner Liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>About this list</source>
      <translation>Über diese Liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Add to my list</source>
      <translation>Zu meiner Liste hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Archive</source>
      <translation>Archivieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Archive %1</source>
      <translation>%1 archivieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Bring back</source>
      <translation>Zurückholen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Bring back %1</source>
      <translation>%1 zurückholen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Delete the selected dose</source>
      <translation>Ausgewählte Dosis löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Delete this dose</source>
      <translation>Diese Dosis löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Dose deleted.</source>
      <translation>Dosis gelöscht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Edit</source>
      <translation>Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Edit %1</source>
      <translation>%1 bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>How medicines fit in</source>
      <translation>Wo Medikamente dazugehören</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Log a dose</source>
      <translation>Dosis eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Log a dose of %1</source>
      <translation>Eine Dosis %1 eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Logged %1 at %2.</source>
      <translation>%1 um %2 eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Medications and supplements</source>
      <translation>Medikamente und Nahrungsergänzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>No doses logged in the last two weeks.</source>
      <translation>In den letzten zwei Wochen keine Dosen eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Noted that %1 was skipped at %2.</source>
      <translation>Notiert, dass %1 um %2 ausgelassen wurde.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Nothing here yet. Add what you take, in your own words, and logging a dose becomes two clicks.</source>
      <translation>Hier ist noch nichts. Füg hinzu, was du nimmst, in deinen eigenen Worten – dann ist eine Dosis mit zwei Klicks eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Recent doses</source>
      <translation>Letzte Dosen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Saved %1 to your list.</source>
      <translation>%1 in deiner Liste gespeichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Show archived</source>
      <translation>Archivierte zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Side effects: %1</source>
      <translation>Nebenwirkungen: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Skipped</source>
      <translation>Ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Taken</source>
      <translation>Genommen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>The dose is back.</source>
      <translation>Die Dosis ist wieder da.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>This list only records what you write. The app never suggests a medicine, a supplement, an amount or a change; please talk to your doctor or pharmacist about those.</source>
      <translation>Diese Liste hält nur fest, was du schreibst. Die App schlägt nie ein Medikament, eine Nahrungsergänzung, eine Menge oder eine Änderung vor; sprich darüber bitte mit deiner Ärztin oder deinem Arzt oder in der Apotheke.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Undo delete</source>
      <translation>Löschen rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Your list</source>
      <translation>Deine Liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>archived</source>
      <translation>archiviert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>medicines and supplements</source>
      <translation>Medikamente und Nahrungsergänzungen</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Close this notice</source>
      <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Notice</source>
      <translation>Hinweis</translation>
    </message>
  </context>
  <context>
    <name>Pacing</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>%1 h %2 min</source>
      <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>%1 s</source>
      <translation>%1 Sek.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A break</source>
      <translation>Eine Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A break is waiting until the full-screen window or Do Not Disturb ends.</source>
      <translation>Eine Pause wartet, bis das Vollbildfenster oder „Nicht stören“ endet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A few sips now help keep muscles from cramping.</source>
      <translation>Ein paar Schlucke jetzt helfen, Muskelkrämpfen vorzubeugen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A glass of water?</source>
      <translation>Ein Glas Wasser?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A recovery break</source>
      <translation>Eine Erholungspause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A short pause</source>
      <translation>Eine kurze Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Also: a glass of water, a few sips now.</source>
      <translation>Außerdem: ein Glas Wasser, jetzt ein paar Schlucke.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Also: feet flat, back supported, shoulders low.</source>
      <translation>Außerdem: Füße flach, Rücken gestützt, Schultern locker.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Away anyway</source>
      <translation>Sowieso weg</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Breaks are paused until %1.</source>
      <translation>Pausen sind bis %1 angehalten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Breaks are paused.</source>
      <translation>Pausen sind angehalten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Change position, let your shoulders drop, unclench your jaw, take a sip of water.</source>
      <translation>Ändere deine Haltung, lass die Schultern sinken, lockere den Kiefer, trink einen Schluck Wasser.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Custom</source>
      <translation>Eigene</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Desk time is on hold. Rest, use warmth or a gentle movement that helps you, and log the spasm when you are ready.</source>
      <translation>Die Bildschirmzeit ist angehalten. Ruh dich aus, nimm Wärme oder eine sanfte Bewegung, die dir hilft, und trag den Krampf ein, wenn du so weit bist.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Enough desk time for today</source>
      <translation>Genug Bildschirmzeit für heute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Feet flat, back supported, shoulders low, screen at eye height.</source>
      <translation>Füße flach, Rücken gestützt, Schultern locker, Bildschirm auf Augenhöhe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Fibro Desktop: %1</source>
      <translation>Fibro Desktop: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Fibro Desktop: next break in %1</source>
      <translation>Fibro Desktop: nächste Pause in %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Flare day</source>
      <translation>Schubtag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Gentle</source>
      <translation>Sanft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Get up if you can. Move gently and slowly, nothing that strains or hurts.</source>
      <translation>Steh auf, wenn du kannst. Beweg dich sanft und langsam, nichts, was anstrengt oder wehtut.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Movement break</source>
      <translation>Bewegungspause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>On a break: %1.</source>
      <translation>In der Pause: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Outside your work hours: no breaks are timed.</source>
      <translation>Außerhalb deiner Arbeitszeit: Es werden keine Pausen getaktet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Posture check</source>
      <translation>Haltungs-Check</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Put off</source>
      <translation>Verschoben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Recovery break</source>
      <translation>Erholungspause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Short pause</source>
      <translation>Kurze Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Skipped</source>
      <translation>Übersprungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Standard desk day</source>
      <translation>Normaler Arbeitstag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Taken</source>
      <translation>Gemacht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>The break timer is switched off.</source>
      <translation>Der Pausen-Timer ist ausgeschaltet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Time to move a little</source>
      <translation>Zeit, dich ein wenig zu bewegen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Waited for a full-screen window</source>
      <translation>Auf ein Vollbildfenster gewartet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Worked through</source>
      <translation>Durchgearbeitet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Working. %1 in %2.</source>
      <translation>Bei der Arbeit. %1 in %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Working. Both kinds of break are switched off.</source>
      <translation>Bei der Arbeit. Beide Pausenarten sind ausgeschaltet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>You have reached the desk-time limit you set for today. If you can, stop here and rest. If you must go on, choose Keep going in the Pacing tab.</source>
      <translation>Du hast die Grenze für Bildschirmzeit erreicht, die du für heute festgelegt hast. Wenn du kannst, hör hier auf und ruh dich aus. Wenn du weitermachen musst, wähle im Tab „Pausen“ „Heute weitermachen“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>You have reached today's desk-time limit. Time to stop for the day, if you can.</source>
      <translation>Du hast die heutige Grenze für Bildschirmzeit erreicht. Zeit, für heute aufzuhören, wenn du kannst.</translation>
    </message>
  </context>
  <context>
    <name>PacingExercises</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>%1 (yours)</source>
      <translation>%1 (eigene)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;For:</source>
      <translation>&amp;Für:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Moves:</source>
      <translation>&amp;Bewegt:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Steps:</source>
      <translation>&amp;Schritte:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Add &amp;your own…</source>
      <translation>&amp;Eigene hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Any break</source>
      <translation>Jede Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Exercises</source>
      <translation>Übungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Exercises in use</source>
      <translation>Übungen in Gebrauch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Movement breaks</source>
      <translation>Bewegungspausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>One step per line</source>
      <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Please give it a name.</source>
      <translation>Bitte gib ihr einen Namen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Please write at least one step.</source>
      <translation>Bitte schreib mindestens einen Schritt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>R&amp;emove yours</source>
      <translation>Eigene l&amp;öschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Short pauses</source>
      <translation>Kurze Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Untick any you would rather not do. Exercises that move a muscle group you logged a spasm in today are left out by themselves.</source>
      <translation>Nimm den Haken bei allem weg, was du lieber nicht machen möchtest. Übungen für eine Muskelgruppe, in der du heute einen Krampf eingetragen hast, werden von selbst weggelassen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Your own exercise</source>
      <translation>Deine eigene Übung</translation>
    </message>
  </context>
  <context>
    <name>PacingPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source> (%1)</source>
      <translation> (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>%1  %2: %3</source>
      <translation>%1  %2: %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Keep going today</source>
      <translation>Heute we&amp;itermachen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Not today</source>
      <translation>&amp;Nicht heute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Pause breaks</source>
      <translation>Pausen an&amp;halten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Resume breaks</source>
      <translation>Pausen &amp;fortsetzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Take a break now</source>
      <translation>&amp;Jetzt Pause machen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Break settings</source>
      <translation>Pausen-Einstellungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Break timer status</source>
      <translation>Status des Pausen-Timers</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Breaks had: %1 of %2</source>
      <translation>Gemachte Pausen: %1 von %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Desk time: %1</source>
      <translation>Bildschirmzeit: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>For 1 hour</source>
      <translation>Für 1 Stunde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>For 30 minutes</source>
      <translation>Für 30 Minuten</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Gentle streak: %n days in a row with at least half your breaks</source>
      <extracomment>A count. English: Gentle streak: %n day with at least half your breaks / Gentle streak: %n days in a row with at least half your breaks</extracomment>
      <translation>
        <numerusform>Sanfte Serie: %n Tag mit mindestens der Hälfte deiner Pausen</numerusform>
        <numerusform>Sanfte Serie: %n Tage hintereinander mit mindestens der Hälfte deiner Pausen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Logged from the Pacing tab (Spasm now)</source>
      <translation>Aus dem Tab „Pausen“ eingetragen (Krampf jetzt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>No breaks have come due yet today.</source>
      <translation>Heute war noch keine Pause fällig.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>No breaks yet today. The first one will come by itself; you can also take one whenever you like.</source>
      <translation>Heute noch keine Pausen. Die erste kommt von selbst; du kannst aber auch jederzeit eine machen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Pacing</source>
      <translation>Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Recovery breaks: %1</source>
      <translation>Erholungspausen: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Krampf jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Starts a recovery break, holds desk time and opens the quick log</source>
      <translation>Startet eine Erholungspause, hält die Bildschirmzeit an und öffnet den Schnelleintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Time to the next break</source>
      <translation>Zeit bis zur nächsten Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today at a glance</source>
      <translation>Heute auf einen Blick</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today's breaks</source>
      <translation>Heutige Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today's check-in shows a hard day. A Flare-day rhythm, with shorter spells at the desk and longer rests, may suit today better. It is your choice.</source>
      <translation>Dein heutiger Check-in zeigt einen schweren Tag. Ein Schubtag-Rhythmus mit kürzeren Zeiten am Schreibtisch und längeren Pausen passt heute vielleicht besser. Du entscheidest.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>Until tomorrow</source>
      <translation>Bis morgen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Use &amp;Flare day</source>
      <translation>&amp;Schubtag nutzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Why short breaks help</source>
      <translation>Warum kurze Pausen helfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Worked through: %1</source>
      <translation>Durchgearbeitet: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>pacing your day</source>
      <translation>deinen Tag einteilen</translation>
    </message>
  </context>
  <context>
    <name>PacingSettingsForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source> s</source>
      <translation> Sek.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Desk time limit a day:</source>
      <translation>Bildschirmzeit pr&amp;o Tag höchstens:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Keep breaks during full-screen windows and Do Not Disturb</source>
      <translation>Pausen auch bei Vollbildfenstern und „Nicht stören“ &amp;zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Movement break every:</source>
      <translation>&amp;Bewegungspause alle:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Short pause every:</source>
      <translation>Kurze Pause a&amp;lle:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Breaks</source>
      <translation>Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Fri</source>
      <translation>Fr</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>From:</source>
      <translation>Von:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Mon</source>
      <translation>Mo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Movement break l&amp;asts:</source>
      <translation>Bewegungspause da&amp;uert:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>No Skip button and Esc does nothing; "I need my screen" always gets you out (counted as skipped).</source>
      <translation>Kein Überspringen-Knopf und Esc tut nichts; „Ich brauche meinen Bildschirm“ bringt dich immer heraus (zählt als übersprungen).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>On:</source>
      <translation>An:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Only durin&amp;g work hours</source>
      <translation>Nur während der &amp;Arbeitszeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Otherwise breaks and reminders wait until the presentation or video is over.</source>
      <translation>Sonst warten Pausen und Erinnerungen, bis die Präsentation oder das Video vorbei ist.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>P&amp;ostpones per break:</source>
      <translation>&amp;Verschiebungen pro Pause:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Postpone &amp;by:</source>
      <translation>Verschieben u&amp;m:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Posture &amp;check every:</source>
      <translation>Haltungs-&amp;Check alle:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>R&amp;hythm:</source>
      <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Sat</source>
      <translation>Sa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Short pause &amp;lasts:</source>
      <translation>Kurze Pause &amp;dauert:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Soft so&amp;und when a break starts</source>
      <translation>Leiser &amp;Ton, wenn eine Pause beginnt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Str&amp;ict: a calm cover over every screen until the break ends</source>
      <translation>Stren&amp;g: eine ruhige Abdeckung über jedem Bildschirm, bis die Pause endet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Sun</source>
      <translation>So</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Thu</source>
      <translation>Do</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Time breaks for desk &amp;work</source>
      <translation>Pausen für die Schreibtischarbeit &amp;planen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Tue</source>
      <translation>Di</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Water reminder e&amp;very:</source>
      <translation>&amp;Wasser-Erinnerung alle:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Wed</source>
      <translation>Mi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work ends at</source>
      <translation>Arbeitsende um</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work must end after it starts.</source>
      <translation>Das Arbeitsende muss nach dem Arbeitsbeginn liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work starts at</source>
      <translation>Arbeitsbeginn um</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Your day</source>
      <translation>Dein Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>no limit</source>
      <translation>keine Grenze</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>to</source>
      <translation>bis</translation>
    </message>
  </context>
  <context>
    <name>PacingSignals</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen counts as time away.</source>
      <translation>Ein gesperrter Bildschirm zählt als Zeit weg vom Rechner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen is not reported here.</source>
      <translation>Ein gesperrter Bildschirm wird hier nicht gemeldet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen is not reported here; time away from the keyboard covers it.</source>
      <translation>Ein gesperrter Bildschirm wird hier nicht gemeldet; die Zeit weg von der Tastatur deckt ihn ab.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see Do Not Disturb, so breaks can wait until it ends. Full-screen windows are not reported here.</source>
      <translation>Die App erkennt „Nicht stören“, daher können Pausen warten, bis es endet. Vollbildfenster werden hier nicht gemeldet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see a full-screen window (a film, a presentation, a game) and Do Not Disturb, so breaks can wait until they end.</source>
      <translation>Die App erkennt ein Vollbildfenster (einen Film, eine Präsentation, ein Spiel) und „Nicht stören“, daher können Pausen warten, bis beides endet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see a full-screen window (a film, a presentation, a game), so breaks can wait until it ends. Do Not Disturb is not reported here.</source>
      <translation>Die App erkennt ein Vollbildfenster (einen Film, eine Präsentation, ein Spiel), daher können Pausen warten, bis es endet. „Nicht stören“ wird hier nicht gemeldet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>This desktop does not tell the app about full-screen windows or Do Not Disturb.</source>
      <translation>Dieser Desktop teilt der App nichts über Vollbildfenster oder „Nicht stören“ mit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>This system does not let the app read how long the keyboard has been idle, so only sleep, suspend and pauses count as time away.</source>
      <translation>Dieses System lässt die App nicht lesen, wie lange die Tastatur unbenutzt war. Deshalb zählen nur Ruhezustand, Standby und Pausen als Zeit weg vom Rechner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>Time away from the keyboard and mouse counts as a break.</source>
      <translation>Zeit weg von Tastatur und Maus zählt als Pause.</translation>
    </message>
  </context>
  <context>
    <name>PacingTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Pause breaks</source>
      <translation>Pausen an&amp;halten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Resume breaks</source>
      <translation>Pausen &amp;fortsetzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Spasm now: a recovery break</source>
      <translation>&amp;Krampf jetzt: eine Erholungspause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Break timer for desk work</source>
      <translation>Pausen-Timer für die Schreibtischarbeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Fibro Desktop is still here</source>
      <translation>Fibro Desktop ist noch da</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Fibro Desktop is still running</source>
      <translation>Fibro Desktop läuft noch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Logged from the tray (Spasm now)</source>
      <translation>Aus dem Infobereich eingetragen (Krampf jetzt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Pacing</source>
      <translation>Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Take a &amp;break now</source>
      <translation>&amp;Jetzt Pause machen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>The break timer keeps running in the tray. Choose Quit in the tray menu to close it completely.</source>
      <translation>Der Pausen-Timer läuft im Infobereich weiter. Wähle „Beenden“ im Menü des Infobereichs, um ihn ganz zu schließen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>This desktop has no tray, so Fibro Desktop was minimised instead of closed: the break timer keeps running. To bring the window back, click Fibro Desktop in the taskbar, the dock or the overview, or start it again. To close it completely, choose Quit in the File menu.</source>
      <translation>Dieser Desktop hat keinen Infobereich, daher wurde Fibro Desktop minimiert statt geschlossen: Der Pausen-Timer läuft weiter. Um das Fenster zurückzuholen, klick in der Taskleiste, im Dock oder in der Übersicht auf Fibro Desktop oder starte es neu. Um es ganz zu schließen, wähle „Beenden“ im Menü „Datei“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>To get a tray on GNOME, turn on the “AppIndicator and KStatusNotifierItem Support” extension (Ubuntu has it on already), then start Fibro Desktop again.</source>
      <translation>Für einen Infobereich unter GNOME schalte die Erweiterung „AppIndicator and KStatusNotifierItem Support“ ein (bei Ubuntu ist sie schon an) und starte Fibro Desktop dann neu.</translation>
    </message>
  </context>
  <context>
    <name>QuickLogDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>%1 min ago</source>
      <translation>vor %1 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>1 hour ago</source>
      <translation>vor 1 Stunde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Choose how strong it is, from 0 to 10.</source>
      <translation>Wähle, wie stark er ist, von 0 bis 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>How strong is it? (0 = barely, 10 = worst)</source>
      <translation>Wie stark ist er? (0 = kaum, 10 = am stärksten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Intensity from 0 to 10</source>
      <translation>Stärke von 0 bis 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>It's still going</source>
      <translation>Hält noch an</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Kind: %1</source>
      <translation>Art: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Log a spasm</source>
      <translation>Krampf eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Now</source>
      <translation>Jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Other time…</source>
      <translation>Andere Zeit…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Press "It's over now" when it stops: how long it lasted is counted for you</source>
      <translation>Drück auf „Jetzt vorbei“, wenn er aufhört: Die Dauer wird für dich gezählt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Save and add details…</source>
      <translation>Speichern und Details ergänzen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Start date and time</source>
      <translation>Startdatum und -uhrzeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Started: %1</source>
      <translation>Beginn: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>What do these mean?</source>
      <translation>Was bedeuten sie?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>What kind?</source>
      <translation>Welche Art?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>When did it start?</source>
      <translation>Wann hat er angefangen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>barely</source>
      <translation>kaum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>the kinds of spasm</source>
      <translation>die Arten von Krämpfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>worst</source>
      <translation>am stärksten</translation>
    </message>
  </context>
  <context>
    <name>RedFlagBanner</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>A spasm you logged as still going has lasted several hours.</source>
      <translation>Ein Krampf, den du als „hält noch an“ eingetragen hast, dauert schon mehrere Stunden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Consider talking to your doctor about it.</source>
      <translation>Überleg, mit deiner Ärztin oder deinem Arzt darüber zu sprechen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Frequent night spasms are worth talking over with your doctor; there may be things that help.</source>
      <translation>Häufige Krämpfe in der Nacht sind ein gutes Thema für deine Ärztin oder deinen Arzt; vielleicht gibt es etwas, das hilft.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>I've read this</source>
      <translation>Gelesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>I've read this note</source>
      <translation>Ich habe diesen Hinweis gelesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>If it has not eased, please contact your doctor. If you feel very unwell, seek urgent care. If it is over, you can note that in the journal.</source>
      <translation>Wenn er nicht nachgelassen hat, melde dich bitte bei deiner Ärztin oder deinem Arzt. Wenn es dir sehr schlecht geht, hol dir sofort Hilfe. Wenn er vorbei ist, kannst du das im Tagebuch notieren.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>If spasms make it hard to move, please talk to your doctor.</source>
      <translation>Wenn Krämpfe dir das Bewegen schwer machen, sprich bitte mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Long spasms are worth mentioning to your doctor.</source>
      <translation>Lange Krämpfe solltest du deiner Ärztin oder deinem Arzt gegenüber erwähnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>More notes after this one: %1</source>
      <translation>Weitere Hinweise nach diesem: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Moving around has been hard.</source>
      <translation>Bewegen ist schwergefallen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Noticed on %1: %2</source>
      <translation>Bemerkt am %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Read about the warning signs</source>
      <translation>Über die Warnzeichen lesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Signs like these should be looked at by a doctor. If you feel very unwell, seek urgent care.</source>
      <translation>Solche Zeichen solltest du ärztlich abklären lassen. Wenn es dir sehr schlecht geht, hol dir sofort Hilfe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Some spasms have been lasting a long time.</source>
      <translation>Manche Krämpfe haben lange gedauert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Something worth talking to your doctor about</source>
      <translation>Etwas, worüber du mit deiner Ärztin oder deinem Arzt sprechen kannst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been coming many times a day, on most days of a week.</source>
      <translation>Krämpfe kamen an den meisten Tagen einer Woche mehrmals am Tag.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been more frequent or stronger over the last four weeks.</source>
      <translation>Krämpfe waren in den letzten vier Wochen häufiger oder stärker.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been waking you on most nights of a week.</source>
      <translation>Krämpfe haben dich in den meisten Nächten einer Woche geweckt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms that keep coming like this are worth talking over with your doctor.</source>
      <translation>Krämpfe, die so immer wiederkommen, sind ein gutes Thema für deine Ärztin oder deinen Arzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>The journal noticed something worth a look.</source>
      <translation>Dem Tagebuch ist etwas aufgefallen, das einen Blick wert ist.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>These signs are worth checking with a doctor soon. If they are sudden or severe, seek urgent care.</source>
      <translation>Solche Zeichen solltest du bald ärztlich abklären lassen. Wenn sie plötzlich oder heftig auftreten, hol dir sofort Hilfe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>When spasms get worse, it is a good time to talk to your doctor.</source>
      <translation>Wenn Krämpfe schlimmer werden, ist das ein guter Zeitpunkt, mit deiner Ärztin oder deinem Arzt zu sprechen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>You noted a fever, a racing heart or swelling.</source>
      <translation>Du hast Fieber, Herzrasen oder eine Schwellung notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>You noted weakness, numbness or loss of balance.</source>
      <translation>Du hast Schwäche, Taubheit oder Gleichgewichtsverlust notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>the warning signs</source>
      <translation>die Warnzeichen</translation>
    </message>
  </context>
  <context>
    <name>RelaxCaptions</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Show &amp;words</source>
      <translation>Gesprochenen &amp;Text zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Show the words being spoken under the player</source>
      <translation>Die gesprochenen Worte unter dem Player zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Shows the words being spoken under the player</source>
      <translation>Zeigt die gesprochenen Worte unter dem Player</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>The words of this session could not be read.</source>
      <translation>Der Text dieser Sitzung konnte nicht gelesen werden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Your own recordings have no written words.</source>
      <translation>Zu deinen eigenen Aufnahmen gibt es keinen geschriebenen Text.</translation>
    </message>
  </context>
  <context>
    <name>RelaxExtras</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;Hold</source>
      <translation>&amp;Halten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;In</source>
      <translation>&amp;Ein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;Sound</source>
      <translation>&amp;Geräusch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>About %1 breaths a minute</source>
      <translation>Etwa %1 Atemzüge pro Minute</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>After %n minutes</source>
      <extracomment>A count. English: After %n minute / After %n minutes</extracomment>
      <translation>
        <numerusform>Nach %n Minute</numerusform>
        <numerusform>Nach %n Minuten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>At the end of the session</source>
      <translation>Am Ende der Sitzung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Background sound</source>
      <translation>Hintergrundgeräusch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Background volume</source>
      <translation>Lautstärke im Hintergrund</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathe in (seconds)</source>
      <translation>Einatmen (Sekunden)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathe out (seconds)</source>
      <translation>Ausatmen (Sekunden)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathing pacer</source>
      <translation>Atemhilfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Deep hush (brown noise)</source>
      <translation>Tiefes Rauschen (braunes Rauschen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Hold (seconds)</source>
      <translation>Halten (Sekunden)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>O&amp;ut</source>
      <translation>A&amp;us</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Off</source>
      <translation>Aus</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Sleep timer</source>
      <translation>Einschlaf-Timer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Soft rain (pink noise)</source>
      <translation>Sanfter Regen (rosa Rauschen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Sound fades out gently over a minute before it stops.</source>
      <translation>Der Ton wird eine Minute lang sanft leiser, bevor er aufhört.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Start breathing</source>
      <translation>Atmen starten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Stop breathing</source>
      <translation>Atmen beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>V&amp;olume</source>
      <translation>L&amp;autstärke</translation>
    </message>
  </context>
  <context>
    <name>RelaxLibrary</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Add your own…</source>
      <translation>Eigene hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Relaxation sessions</source>
      <translation>Entspannungssitzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Remove…</source>
      <translation>Entfernen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Rename…</source>
      <translation>Umbenennen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Sessions</source>
      <translation>Sitzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>The spoken sessions are in English for now. You can add recordings in your own language with “Add your own…”, such as a therapist's session or a meditation you like.</source>
      <translation>Die gesprochenen Sitzungen sind vorerst auf Englisch. Mit „Eigene hinzufügen…“ kannst du Aufnahmen in deiner Sprache hinzufügen, zum Beispiel eine Sitzung von deiner Therapeutin oder deinem Therapeuten oder eine Meditation, die du magst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>You can add your own recordings too, such as a therapist's session or a favourite meditation.</source>
      <translation>Du kannst auch eigene Aufnahmen hinzufügen, zum Beispiel eine Sitzung von deiner Therapeutin oder deinem Therapeuten oder eine Lieblingsmeditation.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Your recordings</source>
      <translation>Deine Aufnahmen</translation>
    </message>
  </context>
  <context>
    <name>RelaxOwnAudio</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Add a recording</source>
      <translation>Aufnahme hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Audio files (%1)</source>
      <translation>Audiodateien (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>New name:</source>
      <translation>Neuer Name:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Remove recording</source>
      <translation>Aufnahme entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Remove “%1” from your library? The copy kept by Fibro Desktop is deleted; your original file is not touched.</source>
      <translation>„%1“ aus deiner Sammlung entfernen? Die Kopie von Fibro Desktop wird gelöscht; deine Originaldatei bleibt unberührt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Rename recording</source>
      <translation>Aufnahme umbenennen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file can't be added from where it is (a link or an unusual path). Please choose the file itself.</source>
      <translation>Diese Datei kann von ihrem Ort aus nicht hinzugefügt werden (ein Link oder ein ungewöhnlicher Pfad). Bitte wähle die Datei selbst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file could not be found.</source>
      <translation>Diese Datei wurde nicht gefunden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file doesn't look like the audio its name says. It may be damaged. Nothing was added.</source>
      <translation>Diese Datei sieht nicht nach dem Audio aus, das ihr Name verspricht. Vielleicht ist sie beschädigt. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file is empty, so it was not added.</source>
      <translation>Diese Datei ist leer und wurde daher nicht hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file is too large to add (over 1 GB).</source>
      <translation>Diese Datei ist zu groß zum Hinzufügen (über 1 GB).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That kind of file can't be added. Please choose an audio file: MP3, M4A/AAC, Ogg, Opus, WAV or FLAC.</source>
      <translation>Diese Art von Datei kann nicht hinzugefügt werden. Bitte wähle eine Audiodatei: MP3, M4A/AAC, Ogg, Opus, WAV oder FLAC.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>The file was not added.</source>
      <translation>Die Datei wurde nicht hinzugefügt.</translation>
    </message>
  </context>
  <context>
    <name>RelaxPacer</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>%1… %2</source>
      <translation>%1 … %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathe in</source>
      <translation>Einatmen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathe out</source>
      <translation>Ausatmen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathing pacer</source>
      <translation>Atemhilfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Hold gently</source>
      <translation>Sanft halten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Press Start to breathe along.</source>
      <translation>Drück auf „Start“, um mitzuatmen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Rest</source>
      <translation>Ruhe</translation>
    </message>
  </context>
  <context>
    <name>RelaxPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>A name needs between 1 and 200 characters.</source>
      <translation>Ein Name braucht zwischen 1 und 200 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Ask how tense I feel before and after a session</source>
      <translation>Vor und nach einer Sitzung fragen, wie angespannt ich mich fühle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Fading out gently… silence in %1.</source>
      <translation>Wird sanft leiser … Stille in %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>How calming helps with spasms</source>
      <translation>Wie Beruhigung bei Krämpfen hilft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>No sound output</source>
      <translation>Keine Tonausgabe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>No sound output was found, so sessions can't be heard right now. Connect speakers or headphones, then press Play again. The breathing pacer works without sound.</source>
      <translation>Es wurde keine Tonausgabe gefunden, daher sind Sitzungen gerade nicht zu hören. Schließ Lautsprecher oder Kopfhörer an und drück dann erneut auf „Abspielen“. Die Atemhilfe funktioniert auch ohne Ton.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Off.</source>
      <translation>Aus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Relax</source>
      <translation>Entspannen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Sound status</source>
      <translation>Tonstatus</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Sound stops in %1, after a gentle fade.</source>
      <translation>Der Ton wird sanft leiser und endet in %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>The file could not be copied. Is the disk full?</source>
      <translation>Die Datei konnte nicht kopiert werden. Ist die Festplatte voll?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>The sleep timer stopped the sound. Rest well.</source>
      <translation>Der Einschlaf-Timer hat den Ton beendet. Ruh dich gut aus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>This recording could not be played. The file may be damaged, or this computer may not play its format. Everything else keeps working.</source>
      <translation>Diese Aufnahme konnte nicht abgespielt werden. Vielleicht ist die Datei beschädigt, oder dieser Computer kann ihr Format nicht abspielen. Alles andere funktioniert weiter.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>calming the body</source>
      <translation>den Körper beruhigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>“%1” was added to your library.</source>
      <translation>„%1“ wurde zu deiner Sammlung hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>“%1” was removed.</source>
      <translation>„%1“ wurde entfernt.</translation>
    </message>
  </context>
  <context>
    <name>RelaxTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relax</source>
      <translation>Entspannen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relaxation audio and breathing</source>
      <translation>Entspannungsaudio und Atmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relaxation: play or pause</source>
      <translation>Entspannung: abspielen oder pausieren</translation>
    </message>
  </context>
  <context>
    <name>RelaxTension</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>0 means relaxed, 10 very tense. One tap is enough.</source>
      <translation>0 heißt entspannt, 10 sehr angespannt. Einmal antippen reicht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Before you start: how tense do your muscles feel right now?</source>
      <translation>Bevor du anfängst: Wie angespannt fühlen sich deine Muskeln gerade an?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>How tense do your muscles feel now?</source>
      <translation>Wie angespannt fühlen sich deine Muskeln jetzt an?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Skip the rating</source>
      <translation>Bewertung überspringen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Tension %1 of 10</source>
      <translation>Anspannung %1 von 10</translation>
    </message>
  </context>
  <context>
    <name>RelaxTransport</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>%1 left</source>
      <translation>noch %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>&amp;Volume</source>
      <translation>&amp;Lautstärke</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 s</source>
      <translation>15 s zurück</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 seconds</source>
      <translation>15 Sekunden zurück</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 seconds (Ctrl+Left)</source>
      <translation>15 Sekunden zurück (Strg+Links)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Choose a session to begin.</source>
      <translation>Wähle eine Sitzung, um zu beginnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Continuing where you left off (%1).</source>
      <translation>Weiter an der Stelle, an der du aufgehört hast (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 s</source>
      <translation>15 s vor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 seconds</source>
      <translation>15 Sekunden vor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 seconds (Ctrl+Right)</source>
      <translation>15 Sekunden vor (Strg+Rechts)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Play</source>
      <translation>Abspielen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Play or pause (Ctrl+Space)</source>
      <translation>Abspielen oder pausieren (Strg+Leertaste)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Position in the session</source>
      <translation>Position in der Sitzung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Start over</source>
      <translation>Von vorn</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Start the session over</source>
      <translation>Sitzung von vorn beginnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Time played</source>
      <translation>Abgespielte Zeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Time remaining</source>
      <translation>Restzeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Volume</source>
      <translation>Lautstärke</translation>
    </message>
  </context>
  <context>
    <name>ReminderSettings</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>(a quiet note from the tray icon)</source>
      <translation>(ein leiser Hinweis vom Symbol im Infobereich)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Evening check-in reminder</source>
      <translation>Abendliche Erinnerung an den Check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Remind me to check in each evening at</source>
      <translation>Erinnere mich jeden Abend an den Check-in um</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Reminder time</source>
      <translation>Uhrzeit der Erinnerung</translation>
    </message>
  </context>
  <context>
    <name>ScalePicker</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>%1 of 10</source>
      <translation>%1 von 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>Keys: 0 to 9; 1 then 0 for 10.</source>
      <translation>Tasten: 0 bis 9; 1 und dann 0 für 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>Not answered</source>
      <translation>Keine Angabe</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>%1 (%2 %)</source>
      <translation>%1 (%2 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Colours:</source>
      <translation>&amp;Farben:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Reduce motion (no animations)</source>
      <translation>&amp;Weniger Bewegung (keine Animationen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Start Fibro Desktop when I log in (quietly, in the tray)</source>
      <translation>Fibro Desktop beim &amp;Anmelden starten (leise, im Infobereich)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Text size:</source>
      <translation>&amp;Textgröße:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Use a keyboard shortcut that works in every program</source>
      <translation>Ein &amp;Kürzel verwenden, das in jedem Programm funktioniert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>A new language applies when you next open Fibro Desktop.</source>
      <translation>Eine neue Sprache gilt ab dem nächsten Start von Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Appearance</source>
      <translation>Darstellung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Choose a letter, a digit or F1–F12 with two of Ctrl, Alt and Shift (for example Ctrl+Alt+L), so it is not pressed by accident.</source>
      <translation>Wähle einen Buchstaben, eine Ziffer oder F1–F12 mit zwei von Strg, Alt und Umschalt (z. B. Strg+Alt+L), damit es nicht aus Versehen gedrückt wird.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Extra large</source>
      <translation>Extra groß</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Follow the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Large</source>
      <translation>Groß</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Larger</source>
      <translation>Größer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Largest</source>
      <translation>Am größten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Log a spasm from any program</source>
      <translation>Krampf aus jedem Programm eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>S&amp;hortcut:</source>
      <translation>Kür&amp;zel:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Shortcut keys for logging a spasm</source>
      <translation>Tastenkürzel zum Eintragen eines Krampfs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Starting at login could not be changed: the settings folder of your account cannot be written to. Everything else was saved.</source>
      <translation>Der Start bei der Anmeldung konnte nicht geändert werden: In den Einstellungsordner deines Kontos kann nicht geschrieben werden. Alles andere wurde gespeichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>The break timer is then running from the start of your day. Where there is no tray, the window starts minimised.</source>
      <translation>Der Pausen-Timer läuft dann ab Beginn deines Tages. Wo es keinen Infobereich gibt, startet das Fenster minimiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Very large</source>
      <translation>Sehr groß</translation>
    </message>
  </context>
  <context>
    <name>StrictOverlay</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>%1 left</source>
      <translation>noch %1</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>Episodes, newest first</source>
      <translation>Krämpfe, neueste zuerst</translation>
    </message>
  </context>
  <context>
    <name>Toolkit</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>%1  ·  %2 a day</source>
      <translation>%1  ·  %2 am Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>%1 (%2 left)</source>
      <translation>%1 (noch %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>%1 left</source>
      <translation>noch %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>%1 of %2</source>
      <translation>%1 von %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>%1 of %2 done today</source>
      <translation>%1 von %2 heute erledigt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>%1 of %2 done yesterday</source>
      <translation>%1 von %2 gestern erledigt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>%n items running low</source>
      <extracomment>A count. English: %n item running low / %n items running low</extracomment>
      <translation>
        <numerusform>%n Gegenstand wird knapp</numerusform>
        <numerusform>%n Gegenstände werden knapp</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Add</source>
      <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>&amp;Add as new</source>
      <translation>&amp;Als neu hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Delete contact</source>
      <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Delete step</source>
      <translation>Schritt &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Email</source>
      <translation>&amp;E-Mail</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;How many left</source>
      <translation>&amp;Anzahl übrig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;How to</source>
      <translation>&amp;Anleitung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;Kept where</source>
      <translation>&amp;Wo aufbewahrt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Log this spasm</source>
      <translation>Diesen Krampf &amp;eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Next step →</source>
      <translation>&amp;Nächster Schritt →</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Open the plan</source>
      <translation>Plan ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Phone</source>
      <translation>&amp;Telefon</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Play release audio</source>
      <translation>&amp;Lockerungs-Audio abspielen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>&amp;Remove from the list</source>
      <translation>Von der Liste &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;Restock below</source>
      <translation>Nachfüllen &amp;unter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Role</source>
      <translation>&amp;Rolle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Save changes</source>
      <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Save contact</source>
      <translation>Kontakt &amp;speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>&amp;Today</source>
      <translation>H&amp;eute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>&amp;Yesterday</source>
      <translation>&amp;Gestern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>A note about magnesium and electrolytes</source>
      <translation>Ein Hinweis zu Magnesium und Elektrolyten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>A soft sound when the heat time is up</source>
      <translation>Ein leiser Ton, wenn die Wärmezeit um ist</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>A spasm is starting</source>
      <translation>Ein Krampf beginnt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>A spasm is starting: open my rescue plan</source>
      <translation>Ein Krampf beginnt: meinen Notfallplan öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>A target of 1 is a simple tick; more shows a counter, e.g. 8 glasses of water.</source>
      <translation>Ein Ziel von 1 ist ein einfacher Haken; mehr zeigt einen Zähler, z. B. 8 Gläser Wasser.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Add an item, e.g. a tennis ball</source>
      <translation>Etwas hinzufügen, z. B. einen Tennisball</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Add as &amp;new step</source>
      <translation>Als &amp;neuen Schritt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Add kit item</source>
      <translation>Gegenstand zum Notfallkoffer hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Add rescue step</source>
      <translation>Notfallschritt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Add routine item</source>
      <translation>Etwas zur Routine hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Add the steps that help you under “My rescue plan” in the Toolkit tab.</source>
      <translation>Füg die Schritte, die dir helfen, im Tab „Werkzeuge“ unter „Mein Notfallplan“ hinzu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Any one of these is a good start.</source>
      <translation>Jeder dieser Punkte ist ein guter Anfang.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Ar&amp;chive</source>
      <translation>&amp;Archivieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Archive kit item</source>
      <translation>Gegenstand archivieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Breathe out slowly. Take one step at a time; skip any that do not suit you.</source>
      <translation>Atme langsam aus. Nimm einen Schritt nach dem anderen; lass weg, was nicht zu dir passt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Bring &amp;back</source>
      <translation>&amp;Zurückholen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Care team</source>
      <translation>Behandlungsteam</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Care team contacts</source>
      <translation>Kontakte im Behandlungsteam</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Choose someone to change their details, or fill in the form and press Save to add a new person. Their numbers show in your rescue plan.</source>
      <translation>Wähle eine Person aus, um ihre Angaben zu ändern, oder füll das Formular aus und drück auf „Speichern“, um eine neue Person hinzuzufügen. Ihre Nummern erscheinen in deinem Notfallplan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>Count: %1</source>
      <translation>Anzahl: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Daily &amp;target</source>
      <translation>&amp;Tagesziel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Daily prevention routine</source>
      <translation>Tägliche Vorbeuge-Routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Delete kit item</source>
      <translation>Gegenstand löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Delete the selected step</source>
      <translation>Den ausgewählten Schritt löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>Edit kit item</source>
      <translation>Gegenstand bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Edit the &amp;list…</source>
      <translation>L&amp;iste bearbeiten…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Edit the daily routine</source>
      <translation>Tägliche Routine bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Edit the routine list</source>
      <translation>Routine-Liste bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Every small step counts; the rest can wait.</source>
      <translation>Jeder kleine Schritt zählt; der Rest kann warten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Everything on the list is done. Well looked after.</source>
      <translation>Alles auf der Liste ist erledigt. Gut für dich gesorgt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>From your rescue plan.</source>
      <translation>Aus deinem Notfallplan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Heat on: %1 left</source>
      <translation>Wärme an: noch %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Heat timer</source>
      <translation>Wärmetimer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>How to do this step</source>
      <translation>So geht dieser Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>I &amp;tried this</source>
      <translation>Hab ich &amp;versucht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>I tried this step</source>
      <translation>Ich habe diesen Schritt versucht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>If a spasm comes with weakness, numbness, loss of balance, fever, a racing heart or swelling, or will not ease, please talk to a doctor.</source>
      <translation>Wenn ein Krampf mit Schwäche, Taubheit, Gleichgewichtsverlust, Fieber, Herzrasen oder einer Schwellung einhergeht oder nicht nachlässt, sprich bitte mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Kit and routine</source>
      <translation>Koffer und Routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>Kit item</source>
      <translation>Gegenstand im Notfallkoffer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Kit ready today: %1 of %2  ·  Routine today: %3 of %4</source>
      <translation>Notfallkoffer heute bereit: %1 von %2  ·  Routine heute: %3 von %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Log this spasm with the steps I tried</source>
      <translation>Diesen Krampf mit den versuchten Schritten eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Magnesium and electrolyte products: if you have kidney or heart conditions or take other medicines, check with your doctor or pharmacist first.</source>
      <translation>Magnesium- und Elektrolytprodukte: Wenn du Nieren- oder Herzerkrankungen hast oder andere Medikamente nimmst, frag zuerst deine Ärztin oder deinen Arzt oder in der Apotheke.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move &amp;up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move do&amp;wn</source>
      <translation>Nach &amp;unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move kit item down</source>
      <translation>Gegenstand nach unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move kit item up</source>
      <translation>Gegenstand nach oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Move routine item down</source>
      <translation>In der Routine nach unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Move routine item up</source>
      <translation>In der Routine nach oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Move step down</source>
      <translation>Schritt nach unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Move step up</source>
      <translation>Schritt nach oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>My care team</source>
      <translation>Mein Behandlungsteam</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>My rescue kit</source>
      <translation>Mein Notfallkoffer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>My rescue plan</source>
      <translation>Mein Notfallplan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>N&amp;ote</source>
      <translation>N&amp;otiz</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>N&amp;otes</source>
      <translation>N&amp;otizen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Ne&amp;w contact</source>
      <translation>Neuer &amp;Kontakt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>New kit item name</source>
      <translation>Name des neuen Gegenstands</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Next step</source>
      <translation>Nächster Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>No contacts yet. Adding them is optional; they stay on this computer. Fill in the form below and press Save contact.</source>
      <translation>Noch keine Kontakte. Sie hinzuzufügen ist freiwillig; sie bleiben auf diesem Computer. Füll das Formular unten aus und drück auf „Kontakt speichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>No steps yet</source>
      <translation>Noch keine Schritte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>One less: %1</source>
      <translation>Einer weniger: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>One line, in your own words</source>
      <translation>Eine Zeile, in deinen Worten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>One more: %1</source>
      <translation>Einer mehr: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Open my rescue plan</source>
      <translation>Meinen Notfallplan öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Open the rescue plan</source>
      <translation>Notfallplan öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Opens your plan, one calm step at a time.</source>
      <translation>Öffnet deinen Plan, ein ruhiger Schritt nach dem anderen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Play a soft sound when the heat timer ends</source>
      <translation>Einen leisen Ton abspielen, wenn der Wärmetimer endet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please check this field.</source>
      <translation>Bitte prüf dieses Feld.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please choose a role.</source>
      <translation>Bitte wähle eine Rolle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please give it a name.</source>
      <translation>Bitte gib einen Namen ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please use a whole number, 0 or more.</source>
      <translation>Bitte nimm eine ganze Zahl, 0 oder mehr.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please use a whole number, like 3.</source>
      <translation>Bitte nimm eine ganze Zahl, z. B. 3.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Previous step</source>
      <translation>Vorheriger Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Read about the warning signs</source>
      <translation>Über die Warnzeichen lesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Remind me (at most once a day) when something runs low</source>
      <translation>Erinnere mich (höchstens einmal am Tag), wenn etwas knapp wird</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Remove the selected routine item</source>
      <translation>Ausgewählten Punkt aus der Routine entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Rescue kit items</source>
      <translation>Gegenstände im Notfallkoffer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Rescue plan</source>
      <translation>Notfallplan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Rescue plan steps</source>
      <translation>Schritte im Notfallplan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Restock reminder</source>
      <translation>Erinnerung zum Nachfüllen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Routine items</source>
      <translation>Punkte der Routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Routine progress</source>
      <translation>Fortschritt der Routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Wird knapp: %1. Am besten auffüllen, wenn du kannst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Save changes to the selected routine item</source>
      <translation>Änderungen am ausgewählten Punkt der Routine speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Save changes to the selected step</source>
      <translation>Änderungen am ausgewählten Schritt speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Saved as tried: %1.</source>
      <translation>Als versucht gespeichert: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Show archived items</source>
      <translation>Archivierte Gegenstände zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Show today's routine</source>
      <translation>Heutige Routine zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Show yesterday's routine to fill it in</source>
      <translation>Gestrige Routine zum Ausfüllen zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Start a 15-minute &amp;heat timer</source>
      <translation>15-Minuten-&amp;Wärmetimer starten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step %1 of %2</source>
      <translation>Schritt %1 von %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Step &amp;title</source>
      <translation>Schritt-&amp;Titel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step number</source>
      <translation>Schrittnummer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Stop the &amp;heat timer</source>
      <translation>&amp;Wärmetimer stoppen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>That is a little long; please keep it under %1 characters.</source>
      <translation>Das ist etwas lang; bitte bleib unter %1 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>That number is larger than we can keep; please use a smaller one.</source>
      <translation>Diese Zahl ist zu groß zum Speichern; bitte nimm eine kleinere.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>That was the last step</source>
      <translation>Das war der letzte Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>The steps you go through when a spasm starts, in the order that suits you. Drag them, or use Alt+Up and Alt+Down.</source>
      <translation>Die Schritte, die du gehst, wenn ein Krampf beginnt, in der Reihenfolge, die zu dir passt. Zieh sie mit der Maus oder nimm Alt+Pfeil hoch und Alt+Pfeil runter.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Therapists who can help</source>
      <translation>Therapeutinnen und Therapeuten, die helfen können</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>This does not look like an email address.</source>
      <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Tick what is ready or with you today. The ticks start fresh each morning.</source>
      <translation>Hak ab, was heute bereit ist oder was du dabeihast. Die Haken beginnen jeden Morgen neu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Tick what you have with you today. Alt+Up and Alt+Down move an item.</source>
      <translation>Hak ab, was du heute dabeihast. Alt+Pfeil hoch und Alt+Pfeil runter verschieben einen Gegenstand.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Time to take the heat off. A light stretch now, if it feels right.</source>
      <translation>Zeit, die Wärme abzunehmen. Jetzt leicht dehnen, wenn es sich gut anfühlt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Today at a glance</source>
      <translation>Heute auf einen Blick</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Toolkit</source>
      <translation>Werkzeuge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Toolkit sections</source>
      <translation>Bereiche der Werkzeuge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Tried from my rescue plan: %1.</source>
      <translation>Aus meinem Notfallplan versucht: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" />
      <source>Undo the delete</source>
      <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>What goes in a rescue kit</source>
      <translation>Was in einen Notfallkoffer gehört</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>What helps when a spasm starts</source>
      <translation>Was hilft, wenn ein Krampf beginnt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Why this helps</source>
      <translation>Warum das hilft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>You already have an item with this name.</source>
      <translation>Du hast schon einen Gegenstand mit diesem Namen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>You already have an item with this name; that is fine if you mean it.</source>
      <translation>Du hast schon einen Gegenstand mit diesem Namen; das ist in Ordnung, wenn du es so willst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>You can keep your care team's numbers in the Toolkit tab.</source>
      <translation>Die Nummern deines Behandlungsteams kannst du im Tab „Werkzeuge“ speichern.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Your kit is empty. Type the name of something that helps you when a spasm starts, then press Add.</source>
      <translation>Dein Notfallkoffer ist leer. Gib den Namen von etwas ein, das dir hilft, wenn ein Krampf beginnt, und drück dann auf „Hinzufügen“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Your routine is empty. Add a few small habits that help you.</source>
      <translation>Deine Routine ist leer. Füg ein paar kleine Gewohnheiten hinzu, die dir helfen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>a rescue kit</source>
      <translation>einen Notfallkoffer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>archived</source>
      <translation>archiviert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>e.g. work bag, desk drawer</source>
      <translation>z. B. Arbeitstasche, Schreibtischschublade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>kept: %1</source>
      <translation>aufbewahrt: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>leave empty if you do not count it</source>
      <translation>leer lassen, wenn du nicht mitzählst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>remind me when fewer than this are left</source>
      <translation>erinnere mich, wenn weniger als so viele übrig sind</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>running low</source>
      <translation>wird knapp</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>the warning signs</source>
      <translation>die Warnzeichen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>therapists who can help</source>
      <translation>Therapeutinnen und Therapeuten, die helfen können</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>this step</source>
      <translation>diesen Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>what helps when a spasm starts</source>
      <translation>was hilft, wenn ein Krampf beginnt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>“%1” was deleted.</source>
      <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>“%1” was taken off the list.</source>
      <translation>„%1“ wurde von der Liste genommen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>← &amp;Back</source>
      <translation>← &amp;Zurück</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>✓ Tried</source>
      <translation>✓ Versucht</translation>
    </message>
  </context>
  <context>
    <name>ToolkitDefaults</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>A breathing or relaxation session</source>
      <translation>Eine Atem- oder Entspannungssitzung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>A few sachets for the day</source>
      <translation>Ein paar Beutel für den Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>At my desk</source>
      <translation>An meinem Schreibtisch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Breathe out slowly, longer than you breathe in, or play the release audio.</source>
      <translation>Atme langsam aus, länger als du einatmest, oder spiel das Lockerungs-Audio ab.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Changes of position</source>
      <translation>Haltung wechseln</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Drink some water</source>
      <translation>Etwas Wasser trinken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Electrolytes or magnesium-rich food</source>
      <translation>Elektrolyte oder magnesiumreiche Lebensmittel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Evening stretch</source>
      <translation>Dehnen am Abend</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Followed my pacing plan</source>
      <translation>Meinen Pausenplan eingehalten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Glasses of water</source>
      <translation>Gläser Wasser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Heating pad</source>
      <translation>Heizkissen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>If it is in your kit, rub a little magnesium lotion or spray into the area.</source>
      <translation>Wenn es in deinem Notfallkoffer ist, reib etwas Magnesiumlotion oder -spray auf die Stelle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Magnesium on the skin</source>
      <translation>Magnesium auf der Haut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Morning stretch</source>
      <translation>Dehnen am Morgen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Move gently</source>
      <translation>Sanft bewegen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>On my wrist or phone</source>
      <translation>Am Handgelenk oder Handy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>On this computer and my phone</source>
      <translation>Auf diesem Computer und meinem Handy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Pill case for supplements and medication</source>
      <translation>Pillendose für Nahrungsergänzung und Medikamente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Press or massage the knot</source>
      <translation>Den Knoten drücken oder massieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Press the sore spot with your fingers or a ball and hold, or rub in slow circles.</source>
      <translation>Drück mit den Fingern oder einem Ball auf die schmerzende Stelle und halte, oder reibe in langsamen Kreisen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Put heat on the muscle for about 15 minutes, then stretch it softly, only as far as it feels kind.</source>
      <translation>Leg etwa 15 Minuten Wärme auf den Muskel und dehn ihn dann sanft, nur so weit, wie es sich gut anfühlt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Sip a glass of water, or your electrolyte mix if you carry one.</source>
      <translation>Trink langsam ein Glas Wasser oder deine Elektrolytmischung, wenn du eine dabeihast.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Slow breathing</source>
      <translation>Langsam atmen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Slowly move the tight part through an easy, small range, a few times, without forcing it.</source>
      <translation>Beweg die verspannte Stelle langsam ein paar Mal in einem kleinen, leichten Bereich, ohne Druck.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Stress-relief reminders or wearable</source>
      <translation>Erinnerungen zum Stressabbau oder ein Wearable</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Travel magnesium or electrolyte mix</source>
      <translation>Magnesium oder Elektrolytmischung für unterwegs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warm-up and relaxation audio</source>
      <translation>Aufwärm- und Entspannungsaudio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warmth (heat pad, warm bath or wrap)</source>
      <translation>Wärme (Heizkissen, warmes Bad oder Wickel)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warmth, then a light stretch</source>
      <translation>Wärme, dann leicht dehnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Work bag</source>
      <translation>Arbeitstasche</translation>
    </message>
  </context>
  <context>
    <name>ToolkitRoles</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Biofeedback practitioner</source>
      <translation>Biofeedback-Therapeut/in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Doctor</source>
      <translation>Ärztin/Arzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Massage or myofascial therapist</source>
      <translation>Massage- oder Myofaszialtherapeut/in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Occupational therapist</source>
      <translation>Ergotherapeut/in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Physical therapist</source>
      <translation>Physiotherapeut/in</translation>
    </message>
  </context>
  <context>
    <name>ToolkitTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>A &amp;spasm is starting…</source>
      <translation>Ein Krampf be&amp;ginnt…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Open my rescue plan</source>
      <translation>Meinen Notfallplan öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Open the kit</source>
      <translation>Notfallkoffer öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Rescue kit, routine and plan</source>
      <translation>Notfallkoffer, Routine und Plan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Wird knapp: %1. Am besten auffüllen, wenn du kannst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Toolkit</source>
      <translation>Werkzeuge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Your rescue kit</source>
      <translation>Dein Notfallkoffer</translation>
    </message>
  </context>
  <context>
    <name>TrayIcon</name>
    <message>
      <location filename="../../fibro_desktop/ui/tray.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
  </context>
  <context>
    <name>TriggerToggles</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Add a trigger of your own</source>
      <translation>Eigenen Auslöser hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Add this trigger</source>
      <translation>Diesen Auslöser hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Something else, in your words</source>
      <translation>Etwas anderes, in deinen Worten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Tap to mark it, tap again to unmark</source>
      <translation>Antippen zum Markieren, noch einmal antippen zum Entfernen</translation>
    </message>
  </context>
  <context>
    <name>WarningSignsRow</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Anything else to note: show the warning signs</source>
      <translation>Sonst noch etwas zu notieren: Warnzeichen zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Anything else? Weakness, numbness, fever…</source>
      <translation>Sonst noch etwas? Schwäche, Taubheit, Fieber…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Danke, dass du das notierst. Solche Zeichen solltest du ärztlich abklären lassen. Wenn sie plötzlich oder heftig auftreten, hol dir sofort Hilfe.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Everything stays on this computer. The app never connects to the internet, has no account and sends nothing anywhere.</source>
      <translation>Alles bleibt auf diesem Computer. Die App verbindet sich nie mit dem Internet, hat kein Konto und schickt nichts irgendwohin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Get started</source>
      <translation>Los geht’s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Log a spasm in a few seconds, even in the middle of one, and add details later. Pace your desk work with gentle breaks, listen to calming sessions, keep your rescue kit and routine at hand, and see over time what seems to help.</source>
      <translation>Trag einen Krampf in wenigen Sekunden ein, auch mittendrin, und ergänze Details später. Teil deine Schreibtischarbeit mit sanften Pausen ein, hör beruhigende Sitzungen, hab deinen Notfallkoffer und deine Routine griffbereit und sieh mit der Zeit, was dir zu helfen scheint.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Read the warning signs</source>
      <translation>Warnzeichen lesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Short guides in plain words, about why spasms happen and what helps, are in Help → Learn.</source>
      <translation>Kurze Ratgeber in einfachen Worten, warum Krämpfe entstehen und was hilft, findest du unter Hilfe → Wissen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Welcome to Fibro Desktop</source>
      <translation>Willkommen bei Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Welcome. This app is here to make hard days a little easier.</source>
      <translation>Willkommen. Diese App soll schwere Tage ein bisschen leichter machen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>When to see a doctor</source>
      <translation>Wann du ärztlichen Rat suchen solltest</translation>
    </message>
  </context>
  <context>
    <name>WriteErrors</name>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Something could not be saved because the disk is full. Please free some space (empty the trash, remove large files); what you save afterwards is kept.</source>
      <translation>Etwas konnte nicht gespeichert werden, weil die Festplatte voll ist. Bitte schaffe Platz (leere den Papierkorb, entferne große Dateien); was du danach speicherst, bleibt erhalten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Something could not be saved because your data folder cannot be written to.</source>
      <translation>Etwas konnte nicht gespeichert werden, weil in deinen Datenordner nicht geschrieben werden kann.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made (%1). Your data itself is safe. Press “Back up now” to try again; if it fails again, the details are in the log (Help, About).</source>
      <translation>Die automatische Sicherung konnte nicht erstellt werden (%1). Deine Daten selbst sind sicher. Drück auf „Jetzt sichern“, um es noch einmal zu versuchen; wenn es wieder nicht klappt, stehen die Details im Protokoll (Hilfe, Über).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made: the backup folder cannot be written to. Your data itself is safe. Please check the folder in Backups and restore, then press “Back up now”.</source>
      <translation>Die automatische Sicherung konnte nicht erstellt werden: In den Sicherungsordner kann nicht geschrieben werden. Deine Daten selbst sind sicher. Bitte prüf den Ordner unter „Sicherungen und Wiederherstellung“ und drück dann auf „Jetzt sichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made: the disk is full. Your data itself is safe. Please free some space (empty the trash, remove large files), then press “Back up now”.</source>
      <translation>Die automatische Sicherung konnte nicht erstellt werden: Die Festplatte ist voll. Deine Daten selbst sind sicher. Bitte schaffe Platz (leere den Papierkorb, entferne große Dateien) und drück dann auf „Jetzt sichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup could not be made: its folder cannot be written to.</source>
      <translation>Die Sicherung konnte nicht erstellt werden: In ihren Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup could not be made: the disk is full. Please free some space, then make a backup again (File, Backups and restore).</source>
      <translation>Die Sicherung konnte nicht erstellt werden: Die Festplatte ist voll. Bitte schaffe Platz und erstelle dann erneut eine Sicherung (Datei, Sicherungen und Wiederherstellung).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup was made, but its copy to your second folder failed (%1). Please check that the drive is connected, then press “Back up now”.</source>
      <translation>Die Sicherung wurde erstellt, aber die Kopie in deinen zweiten Ordner ist fehlgeschlagen (%1). Bitte prüf, ob das Laufwerk angeschlossen ist, und drück dann auf „Jetzt sichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The disk is full; please free some space and try again.</source>
      <translation>Die Festplatte ist voll; bitte schaffe Platz und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The file could not be written there: that folder cannot be written to. Please choose another folder.</source>
      <translation>Die Datei konnte dort nicht geschrieben werden: In diesen Ordner kann nicht geschrieben werden. Bitte wähle einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The file could not be written: the disk is full. Please free some space, or choose another drive, and try again.</source>
      <translation>Die Datei konnte nicht geschrieben werden: Die Festplatte ist voll. Bitte schaffe Platz oder wähle ein anderes Laufwerk und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved yet: %1 What you entered is still here. Please press Save again in a moment.</source>
      <translation>Das konnte noch nicht gespeichert werden: %1 Was du eingegeben hast, ist noch da. Bitte drück gleich noch einmal auf „Speichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved: the disk is full. What you entered is still here. Please free some space (empty the trash, remove large files), then press Save again.</source>
      <translation>Das konnte nicht gespeichert werden: Die Festplatte ist voll. Was du eingegeben hast, ist noch da. Bitte schaffe Platz (leere den Papierkorb, entferne große Dateien) und drück dann noch einmal auf „Speichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved: your data folder cannot be written to. What you entered is still here.</source>
      <translation>Das konnte nicht gespeichert werden: In deinen Datenordner kann nicht geschrieben werden. Was du eingegeben hast, ist noch da.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Your data folder cannot be written to.</source>
      <translation>In deinen Datenordner kann nicht geschrieben werden.</translation>
    </message>
  </context>
  <context>
    <name>backups</name>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>%1 is not one of your backups, so it was not removed.</source>
      <translation>%1 ist keine deiner Sicherungen und wurde deshalb nicht entfernt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Restoring failed: %1. Your previous data is kept at %2.</source>
      <translation>Das Wiederherstellen ist fehlgeschlagen: %1. Deine bisherigen Daten liegen weiter unter %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup %1 could not be removed: %2.</source>
      <translation>Die Sicherung %1 konnte nicht entfernt werden: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup copy failed its check: %1.</source>
      <translation>Die Sicherungskopie hat ihre Prüfung nicht bestanden: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup could not be written to %1: %2.</source>
      <translation>Die Sicherung konnte nicht in %1 geschrieben werden: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The copy to %1 failed: %2.</source>
      <translation>Die Kopie nach %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The data file %1 is empty; there is nothing to back up.</source>
      <translation>Die Datendatei %1 ist leer; es gibt nichts zu sichern.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>There is no data file at %1 to back up.</source>
      <translation>Unter %1 gibt es keine Datendatei, die gesichert werden könnte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup cannot be restored. %1</source>
      <translation>Diese Sicherung kann nicht wiederhergestellt werden. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup was made while your data was not protected with a passphrase, and your data is not like that now. To restore it, first remove the protection (File menu), then restore it. Nothing was changed.</source>
      <translation>Diese Sicherung wurde gemacht, als deine Daten nicht mit einer Passphrase geschützt waren, und das ist jetzt anders. Um sie wiederherzustellen, entferne zuerst den Schutz (Menü Datei) und stelle sie dann wieder her. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup was made while your data was protected with a passphrase, and your data is not like that now. To restore it, first protect your data with the same passphrase (File menu), then restore it. Nothing was changed.</source>
      <translation>Diese Sicherung wurde gemacht, als deine Daten mit einer Passphrase geschützt waren, und das ist jetzt anders. Um sie wiederherzustellen, schütze deine Daten zuerst mit derselben Passphrase (Menü Datei) und stelle sie dann wieder her. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Your current data is protected with a passphrase that is not known here; open it with its passphrase first. Nothing was changed.</source>
      <translation>Deine jetzigen Daten sind mit einer Passphrase geschützt, die hier nicht bekannt ist; öffne sie zuerst mit ihrer Passphrase. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Your recordings could not be copied into %1: %2.</source>
      <translation>Deine Aufnahmen konnten nicht nach %1 kopiert werden: %2.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 already exists. Nothing was written. Choose another name, or add --force to replace it.</source>
      <translation>%1 gibt es schon. Es wurde nichts geschrieben. Wähle einen anderen Namen oder füg --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 is inside the data folder (%2), where your data and its backups live. Nothing was written. Choose a place outside that folder.</source>
      <translation>%1 liegt im Datenordner (%2), in dem deine Daten und ihre Sicherungen liegen. Es wurde nichts geschrieben. Wähle einen Ort außerhalb dieses Ordners.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>%1 is not a date like 2026-03-31</source>
      <translation>%1 ist kein Datum wie 2026-03-31</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 is not a date like 2026-11-24</source>
      <translation>%1 ist kein Datum wie 2026-11-24</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1: %n rows</source>
      <extracomment>A count. English: %1: %n row / %1: %n rows</extracomment>
      <translation>
        <numerusform>%1: %n Zeile</numerusform>
        <numerusform>%1: %n Zeilen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n check-ins</source>
      <extracomment>A count. English: %n check-in / %n check-ins</extracomment>
      <translation>
        <numerusform>%n Check-in</numerusform>
        <numerusform>%n Check-ins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n episodes</source>
      <extracomment>A count. English: %n episode / %n episodes</extracomment>
      <translation>
        <numerusform>%n Krampf</numerusform>
        <numerusform>%n Krämpfe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n recordings came without their sound file: they were not exported with --with-audio, or the -audio.zip is not beside the export.</source>
      <extracomment>A count. English: %n recording came without its sound file: it was not exported with --with-audio, or the -audio.zip is not beside the export. / %n recordings came without their sound file: they were not exported with --with-audio, or the -audio.zip is not beside the export.</extracomment>
      <translation>
        <numerusform>%n Aufnahme kam ohne ihre Audiodatei: Sie wurde nicht mit --with-audio exportiert, oder die -audio.zip liegt nicht neben dem Export.</numerusform>
        <numerusform>%n Aufnahmen kamen ohne ihre Audiodatei: Sie wurden nicht mit --with-audio exportiert, oder die -audio.zip liegt nicht neben dem Export.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n recordings were not in your audio folder and are not included.</source>
      <extracomment>A count. English: %n recording was not in your audio folder and is not included. / %n recordings were not in your audio folder and are not included.</extracomment>
      <translation>
        <numerusform>%n Aufnahme war nicht in deinem Audio-Ordner und ist nicht enthalten.</numerusform>
        <numerusform>%n Aufnahmen waren nicht in deinem Audio-Ordner und sind nicht enthalten.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>--from must not be after --to.</source>
      <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>--with-audio works with --format json only.</source>
      <translation>--with-audio funktioniert nur mit --format json.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Backup written and checked: %1</source>
      <translation>Sicherung geschrieben und geprüft: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Brought back %n recordings into your audio folder.</source>
      <extracomment>A count. English: Brought back %n recording into your audio folder. / Brought back %n recordings into your audio folder.</extracomment>
      <translation>
        <numerusform>%n Aufnahme in deinen Audio-Ordner zurückgeholt.</numerusform>
        <numerusform>%n Aufnahmen in deinen Audio-Ordner zurückgeholt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Copy: %1</source>
      <translation>Kopie: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Could not read table %1: %2</source>
      <translation>Tabelle %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Exported %n rows from %1 tables to %2.</source>
      <extracomment>A count. English: Exported %n row from %1 tables to %2. / Exported %n rows from %1 tables to %2.</extracomment>
      <translation>
        <numerusform>%n Zeile aus %1 Tabellen nach %2 exportiert.</numerusform>
        <numerusform>%n Zeilen aus %1 Tabellen nach %2 exportiert.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>Fibro Desktop is open on this data folder (%1). Nothing was changed. Quit the app (also from the tray icon) and try again, or use the same action from the app's menu.</source>
      <translation>Fibro Desktop ist mit diesem Datenordner geöffnet (%1). Es wurde nichts verändert. Beende die App (auch über das Symbol im Infobereich) und versuch es noch einmal, oder nutze dieselbe Aktion im Menü der App.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>Fibro Desktop: a private, offline companion for muscle spasms in fibromyalgia.</source>
      <translation>Fibro Desktop: eine private Offline-Begleiterin bei Muskelkrämpfen mit Fibromyalgie.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>Give it with --passphrase-file PATH or the %1 environment variable.</source>
      <translation>Gib sie mit --passphrase-file PATH oder der Umgebungsvariablen %1 an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Give the passphrase with --passphrase-file PATH or FIBRO_DESKTOP_PASSPHRASE.</source>
      <translation>Gib die Passphrase mit --passphrase-file PATH oder FIBRO_DESKTOP_PASSPHRASE an.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Imported %n new rows; %1 were already there.</source>
      <extracomment>A count. English: Imported %n new row; %1 were already there. / Imported %n new rows; %1 were already there.</extracomment>
      <translation>
        <numerusform>%n neue Zeile importiert; %1 waren schon da.</numerusform>
        <numerusform>%n neue Zeilen importiert; %1 waren schon da.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>No backups yet in %1.</source>
      <translation>Noch keine Sicherungen in %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Restored %1.</source>
      <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The first day must come before the last one.</source>
      <translation>Der erste Tag muss vor dem letzten liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The folder %1 does not exist.</source>
      <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The report could not be written to %1: %2. Nothing was left there.</source>
      <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2. Dort wurde nichts zurückgelassen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Your %n recordings are in %1; keep it beside the export.</source>
      <extracomment>A count. English: Your %n recording is in %1; keep it beside the export. / Your %n recordings are in %1; keep it beside the export.</extracomment>
      <translation>
        <numerusform>Deine %n Aufnahme liegt in %1; bewahr die Datei neben dem Export auf.</numerusform>
        <numerusform>Deine %n Aufnahmen liegen in %1; bewahr die Datei neben dem Export auf.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Your data as it was before is kept in %1.</source>
      <translation>Deine bisherigen Daten sind in %1 aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>a JSON export, or a CSV export (folder or .zip)</source>
      <translation>ein JSON-Export oder ein CSV-Export (Ordner oder .zip)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>a note of your own for your provider</source>
      <translation>eine eigene Notiz für deine Praxis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>also put a copy into FOLDER</source>
      <translation>außerdem eine Kopie in FOLDER ablegen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>another fibro-desktop command (%1) is working on this data folder (%2). Nothing was changed. Try again when it has finished.</source>
      <translation>ein anderer fibro-desktop-Befehl (%1) arbeitet gerade mit diesem Datenordner (%2). Es wurde nichts verändert. Versuch es noch einmal, wenn er fertig ist.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>backups: %1, newest %2</source>
      <translation>Sicherungen: %1, neueste %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>backups: 0</source>
      <translation>Sicherungen: 0</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>cannot read %1: %2</source>
      <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>cannot read the passphrase file %1: %2</source>
      <translation>die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>cannot use the data folder %1: %2. Nothing was changed.</source>
      <translation>der Datenordner %1 kann nicht genutzt werden: %2. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>check that your data file is healthy (exit 1 when not)</source>
      <translation>prüfen, ob deine Datendatei in Ordnung ist (Exit-Code 1, wenn nicht)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>could not save: %1. What was not saved was left out whole; please free some space or check the folder, and try again.</source>
      <translation>konnte nicht speichern: %1. Was nicht gespeichert wurde, wurde ganz weggelassen; bitte schaffe Platz oder prüf den Ordner und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>could not write %1: %2</source>
      <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>data folder:</source>
      <translation>Datenordner:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>data version: %1 (this app understands up to %2)</source>
      <translation>Datenversion: %1 (diese App versteht bis %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>database:</source>
      <translation>Datenbank:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>export your data to JSON or CSV</source>
      <translation>deine Daten als JSON oder CSV exportieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>fill the data folder (a temporary one if none is given) with sample data</source>
      <translation>den Datenordner (einen temporären, wenn keiner angegeben ist) mit Beispieldaten füllen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>first day (YYYY-MM-DD)</source>
      <translation>erster Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>first day (YYYY-MM-DD); default 90 days ago</source>
      <translation>erster Tag (JJJJ-MM-TT); Standard: vor 90 Tagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>import a JSON or CSV export (all or nothing)</source>
      <translation>einen JSON- oder CSV-Export importieren (alles oder nichts)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>json only: also write your own recordings into NAME-audio.zip beside the export (import brings them back when it finds that zip beside the file)</source>
      <translation>nur json: auch deine eigenen Aufnahmen in NAME-audio.zip neben den Export schreiben (der Import holt sie zurück, wenn er diese ZIP-Datei neben der Datei findet)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>json: one file; csv: one file per table (a folder, or a .zip)</source>
      <translation>json: eine Datei; csv: eine Datei pro Tabelle (ein Ordner oder eine .zip)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>last day (YYYY-MM-DD)</source>
      <translation>letzter Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>last day (YYYY-MM-DD); default today</source>
      <translation>letzter Tag (JJJJ-MM-TT); Standard: heute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>list the backups and exit</source>
      <translation>die Sicherungen auflisten und beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>logs:</source>
      <translation>Protokolle:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>make a checked backup now</source>
      <translation>jetzt eine geprüfte Sicherung erstellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing could be read: %1</source>
      <translation>nichts konnte gelesen werden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing was imported. %1</source>
      <translation>es wurde nichts importiert. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing was imported: the recordings could not be copied (%1).</source>
      <translation>es wurde nichts importiert: Die Aufnahmen konnten nicht kopiert werden (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>open every tab, write and read the database, then exit (0 = all good)</source>
      <translation>jeden Tab öffnen, die Datenbank schreiben und lesen, dann beenden (0 = alles gut)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>open the data file read-only, as it is, and export whatever can be read (for a damaged file, or one from a newer version)</source>
      <translation>die Datendatei nur zum Lesen öffnen, so wie sie ist, und alles exportieren, was sich lesen lässt (für eine beschädigte Datei oder eine von einer neueren Version)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>paper size (default a4)</source>
      <translation>Papierformat (Standard: a4)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>read the passphrase of protected data from the first line of PATH ('-': standard input); also: FIBRO_DESKTOP_PASSPHRASE</source>
      <translation>die Passphrase geschützter Daten aus der ersten Zeile von PATH lesen („-“: Standardeingabe); auch: FIBRO_DESKTOP_PASSPHRASE</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>replace PATH if it already exists</source>
      <translation>PATH ersetzen, wenn es schon vorhanden ist</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>report written: %1 (%2 to %3)</source>
      <translation>Bericht geschrieben: %1 (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>restore a backup (your current data is backed up first)</source>
      <translation>eine Sicherung wiederherstellen (deine aktuellen Daten werden vorher gesichert)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>show where your data and logs are kept</source>
      <translation>zeigen, wo deine Daten und Protokolle liegen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>start quietly in the tray (minimised where there is no tray), as starting at login does</source>
      <translation>leise im Infobereich starten (minimiert, wo es keinen Infobereich gibt), wie beim Start bei der Anmeldung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>that passphrase does not open this data. Nothing was changed.</source>
      <translation>diese Passphrase öffnet diese Daten nicht. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>the PDF file to write</source>
      <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>the backup to restore (default: the newest good one)</source>
      <translation>die wiederherzustellende Sicherung (Standard: die neueste gute)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>the passphrase file %1 is empty</source>
      <translation>die Passphrase-Datei %1 ist leer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>there is no good backup in %1.</source>
      <translation>in %1 gibt es keine gute Sicherung.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>unreadable</source>
      <translation>nicht lesbar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>use DIR for data instead of the usual folder (also: FIBRO_DESKTOP_DATA_DIR)</source>
      <translation>DIR statt des üblichen Ordners für die Daten nutzen (auch: FIBRO_DESKTOP_DATA_DIR)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>where to write</source>
      <translation>wohin geschrieben wird</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>write a PDF report of a period for your provider</source>
      <translation>einen PDF-Bericht über einen Zeitraum für deine Praxis schreiben</translation>
    </message>
  </context>
  <context>
    <name>data_file</name>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be opened: %2.</source>
      <translation>%1 lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be read: %2.</source>
      <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be read: it is damaged, or protected with a different passphrase.</source>
      <translation>%1 lässt sich nicht lesen: Die Datei ist beschädigt oder mit einer anderen Passphrase geschützt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 is damaged: %2.</source>
      <translation>%1 ist beschädigt: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 is not a Fibro Desktop data file (unknown format).</source>
      <translation>%1 ist keine Datendatei von Fibro Desktop (unbekanntes Format).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>That passphrase does not open this data. Nothing was changed; please try again.</source>
      <translation>Diese Passphrase öffnet diese Daten nicht. Es wurde nichts verändert; bitte versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 cannot be opened: %2.</source>
      <translation>Die Datendatei %1 lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 cannot be read: %2.</source>
      <translation>Die Datendatei %1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged, or protected with a different passphrase.</source>
      <translation>Die Datendatei %1 ist beschädigt oder mit einer anderen Passphrase geschützt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged: %2</source>
      <translation>Die Datendatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged: %2.</source>
      <translation>Die Datendatei %1 ist beschädigt: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data file %1 is empty or missing, but backups of your data are beside it, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing was changed. Restore the newest good backup (Fibro Desktop offers it at start, or run: fibro-desktop restore).</source>
      <translation>Die Datendatei %1 ist leer oder fehlt, aber daneben liegen Sicherungen deiner Daten. Das ist also kein Neuanfang: Die Daten sind wahrscheinlich durch einen Absturz, eine volle Festplatte oder einen Sync-Dienst verloren gegangen. Es wurde nichts verändert. Stelle die neueste gute Sicherung wieder her (Fibro Desktop bietet sie beim Start an, oder führe aus: fibro-desktop restore).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is empty; it will be set up at start.</source>
      <translation>Die Datendatei %1 ist leer; sie wird beim Start eingerichtet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is in good order.</source>
      <translation>Die Datendatei %1 ist in Ordnung.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is not in a format Fibro Desktop knows.</source>
      <translation>Die Datendatei %1 hat ein Format, das Fibro Desktop nicht kennt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is protected with a passphrase.</source>
      <translation>Die Datendatei %1 ist mit einer Passphrase geschützt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 was saved by a newer version of Fibro Desktop (data version %2; this one understands up to %3).</source>
      <translation>Die Datendatei %1 wurde von einer neueren Version von Fibro Desktop gespeichert (Datenversion %2; diese Version versteht bis %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes. %2 Nothing was changed.</source>
      <translation>In den Datenordner %1 kann nicht geschrieben werden: Er ist schreibgeschützt oder liegt auf einem Laufwerk, das keine Änderungen erlaubt. %2 Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes. Nothing was changed.</source>
      <translation>In den Datenordner %1 kann nicht geschrieben werden: Er ist schreibgeschützt oder liegt auf einem Laufwerk, das keine Änderungen erlaubt. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The disk is full (%1). Nothing was changed. Please free some space and try again.</source>
      <translation>Die Festplatte ist voll (%1). Es wurde nichts verändert. Bitte schaffe etwas Platz und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The disk is full. Nothing was changed. Please free some space and try again.</source>
      <translation>Die Festplatte ist voll. Es wurde nichts verändert. Bitte schaffe etwas Platz und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The passphrase does not open the data file %1.</source>
      <translation>Die Passphrase öffnet die Datendatei %1 nicht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>There is no data file yet at %1.</source>
      <translation>Unter %1 gibt es noch keine Datendatei.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>This data is protected with a passphrase. Please enter it to open the data.</source>
      <translation>Diese Daten sind mit einer Passphrase geschützt. Bitte gib sie ein, um die Daten zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>This data must be upgraded to this version first, which needs the folder to be writable.</source>
      <translation>Diese Daten müssen zuerst auf diese Version umgestellt werden, und dafür muss in den Ordner geschrieben werden können.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>This data was saved by a newer version of Fibro Desktop (data version %1; this version understands up to %2). It has not been changed. Please install the newer version.</source>
      <translation>Diese Daten wurden von einer neueren Version von Fibro Desktop gespeichert (Datenversion %1; diese Version versteht bis %2). Sie wurden nicht verändert. Bitte installiere die neuere Version.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>Upgrading the data to version %1 (%2) failed: %3. Your data is unchanged.</source>
      <translation>Das Umstellen der Daten auf Version %1 (%2) ist fehlgeschlagen: %3. Deine Daten sind unverändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>the disk is full</source>
      <translation>die Festplatte ist voll</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>the folder cannot be written to</source>
      <translation>in den Ordner kann nicht geschrieben werden</translation>
    </message>
  </context>
  <context>
    <name>durations</name>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" />
      <source>%1 h</source>
      <translation>%1 Std.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" />
      <source>%1 h %2 min</source>
      <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" />
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" />
      <source>%1 s</source>
      <translation>%1 Sek.</translation>
    </message>
  </context>
  <context>
    <name>exercises</name>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>A gentle side reach</source>
      <translation>Sanft zur Seite strecken</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>A sip and a new position</source>
      <translation>Ein Schluck und eine neue Haltung</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Blink slowly a few times and breathe out.</source>
      <translation>Blinzle ein paar Mal langsam und atme aus.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe in and let your shoulders rise a little.</source>
      <translation>Atme ein und lass deine Schultern ein wenig steigen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe in through the nose for a count of four.</source>
      <translation>Atme durch die Nase ein und zähl dabei bis vier.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out slowly and let it feel heavy. Do not stretch into the cramp.</source>
      <translation>Atme langsam aus und lass ihn sich schwer anfühlen. Dehn nicht in den Krampf hinein.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out slowly and let them sink down, heavy and loose.</source>
      <translation>Atme langsam aus und lass sie sinken, schwer und locker.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out through the mouth for a count of six.</source>
      <translation>Atme durch den Mund aus und zähl dabei bis sechs.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out through the mouth, slowly.</source>
      <translation>Atme langsam durch den Mund aus.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Change feet. If a calf or a foot starts to tighten, stop and let it rest flat.</source>
      <translation>Wechsle den Fuß. Wenn sich eine Wade oder ein Fuß anspannt, hör auf und lass ihn flach ruhen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Come back to the middle and turn a little to the other side.</source>
      <translation>Komm zurück zur Mitte und dreh dich ein wenig zur anderen Seite.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Come back while breathing out; change sides. Stop well before any pull.</source>
      <translation>Komm beim Ausatmen zurück und wechsle die Seite. Hör auf, lange bevor es zieht.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Do it twice more, without forcing anything.</source>
      <translation>Mach es noch zweimal, ohne etwas zu erzwingen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Easy ankle circles, sitting</source>
      <translation>Leichte Fußkreise im Sitzen</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Fill your glass of water on the way.</source>
      <translation>Füll unterwegs dein Glas Wasser auf.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Find a position where the tight muscle is supported and can let go: lean back, rest the arm, put the foot flat.</source>
      <translation>Such eine Haltung, in der der verspannte Muskel gestützt ist und loslassen kann: lehn dich zurück, leg den Arm ab, stell den Fuß flach hin.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let it rest, supported</source>
      <translation>Gestützt ruhen lassen</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let the shoulders drop</source>
      <translation>Die Schultern sinken lassen</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let your arms hang and breathe out.</source>
      <translation>Lass deine Arme hängen und atme aus.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let your teeth part and your tongue rest low.</source>
      <translation>Lass die Zähne sich lösen und die Zunge unten ruhen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Lift the front of one foot a little and draw slow, small circles with it; keep the toes soft, never pointed or curled.</source>
      <translation>Heb den vorderen Teil eines Fußes ein wenig an und zeichne damit langsame, kleine Kreise; halte die Zehen weich, nie gestreckt oder eingerollt.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Long breaths out</source>
      <translation>Lange ausatmen</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Look away from the screen at something far away.</source>
      <translation>Schau vom Bildschirm weg auf etwas in der Ferne.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Look into the distance</source>
      <translation>In die Ferne schauen</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Notice the face and forehead easing.</source>
      <translation>Spür, wie Gesicht und Stirn weicher werden.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Open the hands</source>
      <translation>Die Hände öffnen</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Open your fingers slowly, then let them curl softly.</source>
      <translation>Öffne langsam deine Finger und lass sie dann sanft wieder einrollen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Reach the other arm up and over only a little, and breathe in.</source>
      <translation>Streck den anderen Arm nur ein wenig nach oben und hinüber und atme ein.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Repeat a few times, gently, without squeezing.</source>
      <translation>Wiederhol das ein paar Mal, sanft und ohne zu pressen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Repeat five times; let the belly move.</source>
      <translation>Wiederhol das fünfmal; lass den Bauch sich bewegen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Rest the warm palms on your neck or shoulders and breathe out.</source>
      <translation>Leg die warmen Handflächen auf Nacken oder Schultern und atme aus.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Rub your palms together slowly until they feel warm.</source>
      <translation>Reib deine Handflächen langsam aneinander, bis sie sich warm anfühlen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Shift in your seat: move your weight, put both feet flat, sit back.</source>
      <translation>Rutsch auf deinem Sitz hin und her: Verlagere dein Gewicht, stell beide Füße flach hin, lehn dich zurück.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Sit back with both feet resting on the floor.</source>
      <translation>Lehn dich zurück, beide Füße ruhen auf dem Boden.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Sit tall and turn your head a little to one side, only as far as is comfortable.</source>
      <translation>Setz dich aufrecht hin und dreh den Kopf ein wenig zur Seite, nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Slow shoulder circles</source>
      <translation>Langsame Schulterkreise</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Small head turns</source>
      <translation>Kleine Kopfdrehungen</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Soften the jaw</source>
      <translation>Den Kiefer lockern</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand up and walk a little</source>
      <translation>Aufstehen und ein paar Schritte gehen</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand up slowly, using the desk if you like.</source>
      <translation>Steh langsam auf; stütz dich ruhig am Schreibtisch ab.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand with your feet apart and one hand on your hip.</source>
      <translation>Stell dich mit etwas gespreizten Füßen hin, eine Hand an der Hüfte.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Standing or sitting, roll your shoulders slowly backwards five times.</source>
      <translation>Roll im Stehen oder Sitzen fünfmal langsam die Schultern nach hinten.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Take a few sips of water.</source>
      <translation>Trink ein paar Schlucke Wasser.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Take your hands off the keyboard and let them rest on your thighs.</source>
      <translation>Nimm die Hände von der Tastatur und leg sie auf deine Oberschenkel.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Then five times forwards, small and easy.</source>
      <translation>Dann fünfmal nach vorne, klein und leicht.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Three slow turns each way.</source>
      <translation>Dreimal langsam zu jeder Seite drehen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Walk around the room or to the kitchen at an easy pace, feet flat, no tiptoeing.</source>
      <translation>Geh in gemütlichem Tempo durch den Raum oder in die Küche, Füße flach, nicht auf Zehenspitzen.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Warm the hands</source>
      <translation>Die Hände wärmen</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Warmth helps many people: a heat pad, or warm hands resting on it.</source>
      <translation>Wärme hilft vielen: ein Heizkissen oder warme Hände, die darauf ruhen.</translation>
    </message>
  </context>
  <context>
    <name>export_files</name>
    <message>
      <location filename="../../fibro_desktop/store/export.py" />
      <source>%1 is not an empty folder; choose a new or empty one.</source>
      <translation>%1 ist kein leerer Ordner; wähle einen neuen oder leeren.</translation>
    </message>
  </context>
  <context>
    <name>import_problems</name>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>"columns" must be a non-empty list of names.</source>
      <translation>„columns“ muss eine nicht leere Liste von Namen sein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>"rows" must be a list.</source>
      <translation>„rows“ muss eine Liste sein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 at %2 is not an ordinary file (it is a device, a pipe or a socket), so it is not a Fibro Desktop export.</source>
      <translation>%1 unter %2 ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket) und daher kein Export von Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 at %2 is not an ordinary file, so it is not a Fibro Desktop export.</source>
      <translation>%1 unter %2 ist keine gewöhnliche Datei und daher kein Export von Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 cannot be read: %2.</source>
      <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 contains a NUL character (line %2).</source>
      <translation>%1 enthält ein NUL-Zeichen (Zeile %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 has no header row.</source>
      <translation>%1 hat keine Kopfzeile.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 holds a cell far longer than any export has (line %2).</source>
      <translation>%1 enthält eine Zelle, die viel länger ist als in jedem Export (Zeile %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is damaged or incomplete: it is not valid JSON from line %2, column %3.</source>
      <translation>%1 ist beschädigt oder unvollständig: Ab Zeile %2, Spalte %3 ist es kein gültiges JSON.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is damaged: it is not valid CSV (line %2).</source>
      <translation>%1 ist beschädigt: Es ist kein gültiges CSV (Zeile %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is far larger than an export's manifest.</source>
      <translation>%1 ist viel größer als das Inhaltsverzeichnis eines Exports.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is larger than %2 MB, the most an import accepts.</source>
      <translation>%1 ist größer als %2 MB, mehr nimmt ein Import nicht an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is nested too deeply to be an export.</source>
      <translation>%1 ist zu tief verschachtelt für einen Export.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>%1 is not a Fibro Desktop recordings archive.</source>
      <translation>%1 ist kein Aufnahmen-Archiv von Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is not text in UTF-8, as an export is (near line %2).</source>
      <translation>%1 ist kein Text in UTF-8, wie es ein Export ist (bei Zeile %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is not valid JSON: it holds %2, which is not a number an export contains.</source>
      <translation>%1 ist kein gültiges JSON: Es enthält %2, und das ist keine Zahl, die in einem Export vorkommt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 lists no tables.</source>
      <translation>%1 nennt keine Tabellen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 names no valid file for this table.</source>
      <translation>%1 nennt für diese Tabelle keine gültige Datei.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>%1 was made by a newer version of Fibro Desktop. Please update the app first.</source>
      <translation>%1 wurde mit einer neueren Version von Fibro Desktop erstellt. Bitte aktualisiere zuerst die App.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A column is named twice.</source>
      <translation>Eine Spalte hat zweimal denselben Namen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>A name is required here.</source>
      <translation>Hier wird ein Name gebraucht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A number is expected here, not %1.</source>
      <translation>Hier wird eine Zahl erwartet, nicht %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>A recording's file name must be a plain name, without folders or "..".</source>
      <translation>Der Dateiname einer Aufnahme muss ein einfacher Name sein, ohne Ordner und ohne „..“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A required column is missing.</source>
      <translation>Eine nötige Spalte fehlt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A row must be a list of %1 values.</source>
      <translation>Eine Zeile muss eine Liste von %1 Werten sein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A table must be an object with "columns" and "rows".</source>
      <translation>Eine Tabelle muss ein Objekt mit „columns“ und „rows“ sein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A value of this kind (%1) cannot be stored.</source>
      <translation>Ein Wert dieser Art (%1) kann nicht gespeichert werden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A whole number is expected here, not %1.</source>
      <translation>Hier wird eine ganze Zahl erwartet, nicht %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Wähle eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Enter a whole number from %1 to %2.</source>
      <translation>Gib eine ganze Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Only 0 (no) or 1 (yes) can be here.</source>
      <translation>Hier kann nur 0 (nein) oder 1 (ja) stehen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Please keep this under %1 characters.</source>
      <translation>Bitte bleib unter %1 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The date %1 is before %2; the app keeps no records that old.</source>
      <translation>Das Datum %1 liegt vor %2; so alte Einträge bewahrt die App nicht auf.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day %1 is before %2; the app keeps no records that old.</source>
      <translation>Der Tag %1 liegt vor %2; so alte Einträge bewahrt die App nicht auf.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day %1 is in the future.</source>
      <translation>Der Tag %1 liegt in der Zukunft.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day does not match the date and time of the entry.</source>
      <translation>Der Tag passt nicht zu Datum und Uhrzeit des Eintrags.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export</source>
      <translation>Der Export</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export holds more than %1 rows, the most an import accepts.</source>
      <translation>Der Export enthält mehr als %1 Zeilen, mehr nimmt ein Import nicht an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export's "schema_version" is missing or not a whole number.</source>
      <translation>Die „schema_version“ des Exports fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export's "version" is missing or not a whole number.</source>
      <translation>Die „version“ des Exports fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file</source>
      <translation>Die Datei</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file %1</source>
      <translation>Die Datei %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file %1 is missing.</source>
      <translation>Die Datei %1 fehlt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file has no "tables" object.</source>
      <translation>Die Datei hat kein „tables“-Objekt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file holds more than %1 rows, the most an import accepts.</source>
      <translation>Die Datei enthält mehr als %1 Zeilen, mehr nimmt ein Import nicht an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The moment %1 (UTC) is in the future.</source>
      <translation>Der Zeitpunkt %1 (UTC) liegt in der Zukunft.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 in %2 is damaged (its content does not match).</source>
      <translation>Die Aufnahme %1 in %2 ist beschädigt (ihr Inhalt stimmt nicht).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 in %2 is damaged (its size is wrong).</source>
      <translation>Die Aufnahme %1 in %2 ist beschädigt (ihre Größe stimmt nicht).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 is missing from %2.</source>
      <translation>Die Aufnahme %1 fehlt in %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recordings archive %1 is damaged: the zip cannot be read.</source>
      <translation>Das Aufnahmen-Archiv %1 ist beschädigt: Die ZIP-Datei lässt sich nicht lesen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The row cannot be stored: %1.</source>
      <translation>Die Zeile kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The row does not fit: %1.</source>
      <translation>Die Zeile passt nicht: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The row has %1 cells; the header has %2.</source>
      <translation>Die Zeile hat %1 Zellen; die Kopfzeile hat %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The same %1 appears twice (also in row %2).</source>
      <translation>Der gleiche Wert in %1 kommt zweimal vor (auch in Zeile %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The session is missing.</source>
      <translation>Die Sitzung fehlt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The time zone of this moment is missing.</source>
      <translation>Die Zeitzone dieses Zeitpunkts fehlt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The zip file is damaged; it cannot be read. If you have the export elsewhere, try that copy.</source>
      <translation>Die ZIP-Datei ist beschädigt und kann nicht gelesen werden. Wenn du den Export noch woanders hast, versuch es mit dieser Kopie.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The zip file is protected with a password, which Fibro Desktop exports never are. Unpack it with your zip program, then import the folder it gives.</source>
      <translation>Die ZIP-Datei ist mit einem Passwort geschützt, was Exporte von Fibro Desktop nie sind. Entpack sie mit deinem ZIP-Programm und importiere dann den Ordner, der dabei entsteht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>There is nothing at %1.</source>
      <translation>Unter %1 ist nichts.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This count cannot be below 0.</source>
      <translation>Diese Anzahl kann nicht unter 0 liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This export comes from a newer version of Fibro Desktop (data version %1; this one understands up to %2). Please update the app first.</source>
      <translation>Dieser Export stammt von einer neueren Version von Fibro Desktop (Datenversion %1; diese versteht bis %2). Bitte aktualisiere zuerst die App.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This export was made by a newer version of Fibro Desktop (format version %1; this one reads up to %2). Please update the app first.</source>
      <translation>Dieser Export wurde mit einer neueren Version von Fibro Desktop erstellt (Formatversion %1; diese liest bis %2). Bitte aktualisiere zuerst die App.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. It is not JSON, the form of an export.</source>
      <translation>Diese Datei ist kein Export von Fibro Desktop. Sie ist kein JSON, die Form eines Exports.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. It is not text (an export is UTF-8 text; this file is not, from byte %1).</source>
      <translation>Diese Datei ist kein Export von Fibro Desktop. Sie ist kein Text (ein Export ist UTF-8-Text; diese Datei ist es ab Byte %1 nicht).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. Its %1 cannot be read: it is not text.</source>
      <translation>Diese Datei ist kein Export von Fibro Desktop. Ihre Datei %1 lässt sich nicht lesen: Sie ist kein Text.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This is not a Fibro Desktop export (its "format" is missing or different).</source>
      <translation>Das ist kein Export von Fibro Desktop (sein „format“ fehlt oder ist anders).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This is not a Fibro Desktop export: %1 is missing (every CSV export has one).</source>
      <translation>Das ist kein Export von Fibro Desktop: %1 fehlt (jeder CSV-Export hat diese Datei).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This is not a calendar day the app can read (%1); days are written like 2026-11-24.</source>
      <translation>Das ist kein Kalendertag, den die App lesen kann (%1); Tage werden wie 2026-11-24 geschrieben.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This is not a date and time the app can read (%1). A spreadsheet may have changed it; export again and import the file unchanged.</source>
      <translation>Das ist kein Datum mit Uhrzeit, das die App lesen kann (%1). Vielleicht hat eine Tabellenkalkulation es verändert; exportiere noch einmal und importiere die Datei unverändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This number is larger than the app allows (%1).</source>
      <translation>Diese Zahl ist größer, als die App erlaubt (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This role is not one the app knows.</source>
      <translation>Diese Rolle kennt die App nicht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This row belongs to %1 %2 %3, which is not in the file.</source>
      <translation>Diese Zeile gehört zu %1 %2 %3, das nicht in der Datei steht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This time-zone offset is not one a clock can have (UTC-12:00 to UTC+14:00).</source>
      <translation>Diese Zeitverschiebung kann keine Uhr haben (UTC-12:00 bis UTC+14:00).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This version of the app has no such column.</source>
      <translation>Diese Version der App hat keine solche Spalte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This version of the app has no such table.</source>
      <translation>Diese Version der App hat keine solche Tabelle.</translation>
    </message>
  </context>
  <context>
    <name>protection</name>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>Please choose a passphrase of at least %1 characters.</source>
      <translation>Bitte wähle eine Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>That passphrase does not open this data. Nothing was changed.</source>
      <translation>Diese Passphrase öffnet diese Daten nicht. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data could not be copied: %1. Nothing was changed.</source>
      <translation>Die Daten konnten nicht kopiert werden: %1. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data is not in the state expected; nothing was changed.</source>
      <translation>Die Daten sind nicht im erwarteten Zustand; es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data is still in use, so it was not changed. Please try again.</source>
      <translation>Die Daten werden noch benutzt und wurden deshalb nicht verändert. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The new copy did not match the data exactly; nothing was changed. %1</source>
      <translation>Die neue Kopie stimmte nicht genau mit den Daten überein; es wurde nichts verändert. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>This installation cannot protect data with a passphrase (sqlcipher3 is missing).</source>
      <translation>Diese Installation kann Daten nicht mit einer Passphrase schützen (sqlcipher3 fehlt).</translation>
    </message>
  </context>
  <context>
    <name>relax_sessions</name>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About fifteen minutes to settle in bed: slow breathing, a gentle release of the body, calm imagery, then quiet. Ends in silence.</source>
      <translation>Etwa fünfzehn Minuten, um im Bett zur Ruhe zu kommen: langsames Atmen, sanftes Loslassen des Körpers, ruhige Bilder, dann Ruhe. Endet in Stille.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About five minutes of easy movements in your chair, to go with a pacing break. Move slowly and only within comfort.</source>
      <translation>Etwa fünf Minuten leichte Bewegungen auf deinem Stuhl, passend zu einer Pause. Beweg dich langsam und nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About six minutes, with no tightening at all. Warm and heavy imagery for when a muscle is already spasming or sore.</source>
      <translation>Etwa sechs Minuten, ganz ohne Anspannen. Warme, schwere Bilder für Momente, in denen ein Muskel schon krampft oder wund ist.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About ten minutes. Move your attention slowly through the body, noticing without changing anything, and let each area soften.</source>
      <translation>Etwa zehn Minuten. Lenk deine Aufmerksamkeit langsam durch den Körper, nimm wahr, ohne etwas zu ändern, und lass jede Stelle weicher werden.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About twelve minutes. Gently tighten one muscle group at a time, only a little, then let it go and notice the difference. Skip any muscle that feels sore.</source>
      <translation>Etwa zwölf Minuten. Spann eine Muskelgruppe nach der anderen sanft an, nur ein wenig, lass dann los und spür den Unterschied. Lass jeden Muskel aus, der sich wund anfühlt.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Body scan</source>
      <translation>Körperreise</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Five minutes of slow breathing, about six breaths a minute: in for four seconds, out for six. Spoken cues at first, then soft tones.</source>
      <translation>Fünf Minuten langsames Atmen, etwa sechs Atemzüge pro Minute: vier Sekunden ein, sechs aus. Erst gesprochene Hinweise, dann leise Töne.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Five minutes. Four areas, tightened only a little and then released. Good for a short pause in the day.</source>
      <translation>Fünf Minuten. Vier Bereiche, nur ein wenig angespannt und dann gelöst. Gut für eine kurze Pause am Tag.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Gentle desk warm-up</source>
      <translation>Sanftes Aufwärmen am Schreibtisch</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Paced breathing</source>
      <translation>Geführtes Atmen</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Progressive muscle relaxation, full</source>
      <translation>Progressive Muskelentspannung, lang</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Progressive muscle relaxation, short</source>
      <translation>Progressive Muskelentspannung, kurz</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Release only</source>
      <translation>Nur loslassen</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Sleep wind-down</source>
      <translation>Zur Ruhe kommen vor dem Schlaf</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A place has a side it does not have.</source>
      <translation>Eine Stelle hat eine Seite angegeben, die sie nicht hat.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A place on the body is not known to the app.</source>
      <translation>Eine Stelle am Körper ist der App nicht bekannt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A warning sign is not known to the app.</source>
      <translation>Ein Warnzeichen ist der App nicht bekannt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Wähle eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose a sleep state from the list.</source>
      <translation>Wähle einen Schlafzustand aus der Liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose an activity level from the list.</source>
      <translation>Wähle eine Aktivitätsstufe aus der Liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose an answer from the list.</source>
      <translation>Wähle eine Antwort aus der Liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose what kind of spasm it was.</source>
      <translation>Wähle, welche Art von Krampf es war.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose which one you took.</source>
      <translation>Wähle, welches du genommen hast.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Clean a free-text note (may be empty).</source>
      <translation>Eine Freitext-Notiz bereinigen (darf leer sein).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Clean a name; refuse an empty one and one over ``MAX_NAME_CHARS``.</source>
      <translation>Einen Namen bereinigen; einen leeren und einen über ``MAX_NAME_CHARS`` ablehnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Each thing you tried can be listed once.</source>
      <translation>Alles, was du versucht hast, kann nur einmal aufgeführt werden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Enter a time between 0 minutes and 24 hours.</source>
      <translation>Gib eine Zeit zwischen 0 Minuten und 24 Stunden ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Enter between 0 and 24 hours of sleep.</source>
      <translation>Gib zwischen 0 und 24 Stunden Schlaf ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Give it a name, as you would write it.</source>
      <translation>Gib ihm einen Namen, so wie du ihn schreiben würdest.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>It can't have ended after now. Is it still going?</source>
      <translation>Es kann nicht nach jetzt geendet haben. Hält es noch an?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Parse a non-negative whole number (a quantity, threshold or target).

    An empty value gives ``None`` when ``allow_empty``. ``minimum`` lets a
    daily target require at least 1.
    </source>
      <translation>Eine nicht negative ganze Zahl lesen (eine Menge, eine Schwelle oder ein Ziel).

    Ein leerer Wert ergibt ``None`` bei ``allow_empty``. Mit ``minimum`` kann
    ein Tagesziel mindestens 1 verlangen.
    </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Problems with ``checkin``; ``today`` is the person's local date.</source>
      <translation>Probleme mit ``checkin``; ``today`` ist das lokale Datum der Person.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Problems with ``episode`` as of ``now`` (aware), by field name.</source>
      <translation>Probleme mit ``episode`` zum Zeitpunkt ``now`` (mit Zeitzone), nach Feldname.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Raised by the store when a value breaks a rule above; ``field`` names
    the input ("name", "quantity"…) and ``code`` the error id.</source>
      <translation>Vom Speicher ausgelöst, wenn ein Wert eine Regel oben verletzt; ``field`` nennt
    die Eingabe ("name", "quantity"…) und ``code`` die Fehlerkennung.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Raised by the store when an entry fails validation; nothing was written.

    ``errors`` maps field names to messages, as the ``validate_*`` functions
    return them.
    </source>
      <translation>Vom Speicher ausgelöst, wenn ein Eintrag die Prüfung nicht besteht; nichts wurde geschrieben.

    ``errors`` ordnet Feldnamen Meldungen zu, so wie die ``validate_*``-Funktionen
    sie zurückgeben.
    </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say whether it helped: yes, a little, or no.</source>
      <translation>Sag, ob es geholfen hat: ja, etwas oder nein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say whether it was taken or skipped.</source>
      <translation>Sag, ob es genommen oder ausgelassen wurde.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say which side for each place.</source>
      <translation>Gib für jede Stelle die Seite an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Something that did not help has no time to relief.</source>
      <translation>Etwas, das nicht geholfen hat, hat keine Zeit bis zur Linderung.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>The count ``value``, or :class:`InvalidInput`; never ``None`` unless ``allow_empty``.</source>
      <translation>Die Anzahl ``value`` oder :class:`InvalidInput`; nie ``None``, außer bei ``allow_empty``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The start can't be in the future.</source>
      <translation>Der Beginn kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The start time needs a time zone.</source>
      <translation>Die Startzeit braucht eine Zeitzone.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The time can't be in the future.</source>
      <translation>Die Zeit kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The time needs a time zone.</source>
      <translation>Die Zeit braucht eine Zeitzone.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>This list holds an entry the app does not know.</source>
      <translation>Diese Liste enthält einen Eintrag, den die App nicht kennt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Time to relief must be between 0 minutes and 24 hours.</source>
      <translation>Die Zeit bis zur Linderung muss zwischen 0 Minuten und 24 Stunden liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>You can check in for today or earlier days.</source>
      <translation>Du kannst den Check-in für heute oder frühere Tage machen.</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A cramp or jerk that disturbs sleep</source>
      <translation>Ein Krampf oder Zucken, das den Schlaf stört</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A sharp, gripping tightness, often in calves or hands</source>
      <translation>Ein scharfes, packendes Ziehen, oft in Waden oder Händen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A tender knot that tightens when pressed or stretched</source>
      <translation>Ein empfindlicher Knoten, der sich bei Druck oder Dehnung verhärtet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A tight spell that lasts minutes or hours</source>
      <translation>Eine Anspannung, die Minuten oder Stunden anhält</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Abdomen</source>
      <translation>Bauch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Awake</source>
      <translation>Wach</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Back of thighs</source>
      <translation>Oberschenkel hinten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Both</source>
      <translation>Beide</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Breathing or relaxation audio</source>
      <translation>Atem- oder Entspannungsaudio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Calves</source>
      <translation>Waden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Chest</source>
      <translation>Brust</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Cold</source>
      <translation>Kälte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Cramp</source>
      <translation>Krampf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Did not help</source>
      <translation>Hat nicht geholfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Falling asleep</source>
      <translation>Beim Einschlafen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Feet</source>
      <translation>Füße</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Fever</source>
      <translation>Fieber</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Forearms</source>
      <translation>Unterarme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Front of thighs</source>
      <translation>Oberschenkel vorne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Gentle movement</source>
      <translation>Sanfte Bewegung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Gentle stretch</source>
      <translation>Sanftes Dehnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hands</source>
      <translation>Hände</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hard physical effort</source>
      <translation>Schwere körperliche Anstrengung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Heat</source>
      <translation>Wärme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Helped</source>
      <translation>Hat geholfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Helped a little</source>
      <translation>Hat etwas geholfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hips and glutes</source>
      <translation>Hüfte und Gesäß</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>It woke me up</source>
      <translation>Es hat mich geweckt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Jaw</source>
      <translation>Kiefer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Just woken up</source>
      <translation>Gerade aufgewacht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Knot</source>
      <translation>Knoten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Light activity</source>
      <translation>Leichte Aktivität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Long sitting or one posture</source>
      <translation>Langes Sitzen oder immer dieselbe Haltung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Long tension</source>
      <translation>Verspannung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Loss of balance</source>
      <translation>Gleichgewichtsverlust</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Lower back</source>
      <translation>Unterer Rücken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Magnesium on the skin</source>
      <translation>Magnesium auf der Haut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Magnesium or electrolyte drink</source>
      <translation>Magnesium- oder Elektrolytgetränk</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Massage or myofascial release</source>
      <translation>Massage oder myofasziale Lösung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Moderate activity</source>
      <translation>Mäßige Aktivität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Muscle swelling</source>
      <translation>Muskelschwellung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Neck</source>
      <translation>Nacken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Night cramp</source>
      <translation>Krampf in der Nacht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>No, they were interrupted a lot</source>
      <translation>Nein, oft unterbrochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Not enough water</source>
      <translation>Zu wenig getrunken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Numbness</source>
      <translation>Taubheit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Partly, with some interruptions</source>
      <translation>Teilweise, mit einigen Unterbrechungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Poor sleep</source>
      <translation>Schlecht geschlafen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Prescribed medication</source>
      <translation>Verschriebenes Medikament</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Racing heart</source>
      <translation>Herzrasen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Repetitive task</source>
      <translation>Wiederholte Tätigkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Rest</source>
      <translation>Ruhe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Resting</source>
      <translation>In Ruhe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Shoulders</source>
      <translation>Schultern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Skipped a meal</source>
      <translation>Mahlzeit ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Small rippling twitches under the skin</source>
      <translation>Kleine, wellenartige Zuckungen unter der Haut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Strenuous activity</source>
      <translation>Anstrengende Aktivität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Stress or worry</source>
      <translation>Stress oder Sorgen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Tiredness</source>
      <translation>Müdigkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Twitching</source>
      <translation>Muskelzucken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Upper arms</source>
      <translation>Oberarme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Upper back</source>
      <translation>Oberer Rücken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Water</source>
      <translation>Wasser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Weakness</source>
      <translation>Schwäche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Yes, without interruption</source>
      <translation>Ja, ohne Unterbrechung</translation>
    </message>
  </context>
  <context>
    <name>warning_signs</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before.</source>
      <translation>%1 Krämpfe in den letzten 4 Wochen, gegenüber %2 in den 4 Wochen davor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before; typical intensity %3 against %4.</source>
      <translation>%1 Krämpfe in den letzten 4 Wochen, gegenüber %2 in den 4 Wochen davor; typische Stärke %3 gegenüber %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 or more spasms a day on %2 of 7 days.</source>
      <translation>%1 oder mehr Krämpfe am Tag an %2 von 7 Tagen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 spasms of %2 or more in 7 days.</source>
      <translation>%1 Krämpfe von %2 oder länger in 7 Tagen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/flag_text.py" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode came with: %1.</source>
      <translation>Ein Krampf kam zusammen mit: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode has been going on for %1 and is not marked as over.</source>
      <translation>Ein Krampf hält seit %1 an und ist nicht als vorbei markiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode limited moving around %1 of 10.</source>
      <translation>Ein Krampf hat die Bewegung mit %1 von 10 eingeschränkt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Moving about was %1 of 10 or less on %2 of 7 days.</source>
      <translation>Bewegung lag an %2 von 7 Tagen bei %1 von 10 oder weniger.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>One spasm lasted %1.</source>
      <translation>Ein Krampf hat %1 gedauert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Spasms at night on %1 of 7 nights, %2 nights in a row.</source>
      <translation>Krämpfe in der Nacht in %1 von 7 Nächten, %2 Nächte hintereinander.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Spasms at night on %1 of 7 nights.</source>
      <translation>Krämpfe in der Nacht in %1 von 7 Nächten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>The day's check-in noted: %1.</source>
      <translation>Im Check-in des Tages notiert: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>The day's check-in rated moving about %1 of 10.</source>
      <translation>Im Check-in des Tages wurde die Bewegung mit %1 von 10 bewertet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Typical intensity %1 against %2 in the 4 weeks before.</source>
      <translation>Typische Stärke %1 gegenüber %2 in den 4 Wochen davor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>You kept up at least half of your routine on %1 of the last 28 days.</source>
      <translation>Du hast deine Routine an %1 der letzten 28 Tage mindestens zur Hälfte geschafft.</translation>
    </message>
  </context>
</TS>
