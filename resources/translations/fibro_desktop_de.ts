<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="122" />
      <source>&amp;Licences</source>
      <translation>&amp;Lizenzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="113" />
      <source>A private companion for people with fibromyalgia who live with muscle spasms.</source>
      <translation>Eine private Begleiterin für Menschen mit Fibromyalgie, die mit Muskelkrämpfen leben.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="109" />
      <source>About Fibro Desktop</source>
      <translation>Über Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="112" />
      <source>Fibro Desktop %1</source>
      <translation>Fibro Desktop %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="116" />
      <source>Log files: %1</source>
      <translation>Protokolldateien: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="119" />
      <source>Open data folder</source>
      <translation>Datenordner öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="115" />
      <source>Your data is kept here, on this computer only:
%1</source>
      <translation>Deine Daten liegen hier, nur auf diesem Computer:
%1</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="60" />
      <source>&amp;About Fibro Desktop</source>
      <translation>&amp;Über Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="54" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="57" />
      <source>&amp;Settings…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="69" />
      <source>&amp;Show Fibro Desktop</source>
      <translation>Fibro Desktop &amp;anzeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="63" />
      <source>&amp;Welcome and safety notes</source>
      <translation>&amp;Willkommen und Sicherheitshinweise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="66" />
      <source>Open the &amp;data folder</source>
      <translation>&amp;Datenordner öffnen</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../fibro_desktop/app.py" line="412" />
      <source>A Fibro Desktop command (%1) is working on your data right now. Please start Fibro Desktop again when it has finished.</source>
      <translation>Ein Fibro-Desktop-Befehl (%1) arbeitet gerade mit deinen Daten. Bitte starte Fibro Desktop noch einmal, wenn er fertig ist.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="126" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="596" />
      <source>Fibro Desktop could not write in your data folder %1; the disk may be full.</source>
      <translation>Fibro Desktop konnte nicht in deinen Datenordner %1 schreiben; vielleicht ist die Festplatte voll.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="415" />
      <source>Fibro Desktop seems to be running already but does not answer. Please close it, or restart the computer, and try again.</source>
      <translation>Fibro Desktop scheint schon zu laufen, antwortet aber nicht. Bitte schließ es oder starte den Computer neu und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="379" />
      <source>The data folder %1 cannot be created: %2 Please choose another folder.</source>
      <translation>Der Datenordner %1 kann nicht angelegt werden: %2 Bitte wähle einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="604" />
      <source>Your data cannot be opened there without writing to it. Nothing was changed. Please %1, and start again.</source>
      <translation>Deine Daten können dort nicht geöffnet werden, ohne hineinzuschreiben. Es wurde nichts verändert. Bitte %1 und starte dann neu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="598" />
      <source>Your data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes.</source>
      <translation>In deinen Datenordner %1 kann nicht geschrieben werden: Er ist schreibgeschützt oder liegt auf einem Laufwerk, das keine Änderungen erlaubt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="606" />
      <source>Your data is open for reading only: you can look at it, export it and make the provider report, but changes cannot be saved. To save again, %1, then restart Fibro Desktop.</source>
      <translation>Deine Daten sind nur zum Lesen geöffnet: Du kannst sie ansehen, exportieren und den Bericht für die Praxis erstellen, aber Änderungen werden nicht gespeichert. Um wieder zu speichern, %1 und starte Fibro Desktop dann neu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="601" />
      <source>free some space on that disk</source>
      <translation>schaffe Platz auf diesem Laufwerk</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="602" />
      <source>make the folder writable, or move your data folder to a drive that allows changes</source>
      <translation>mach den Ordner beschreibbar oder verschieb deinen Datenordner auf ein Laufwerk, das Änderungen erlaubt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="587" />
      <source>the disk is full.</source>
      <translation>die Festplatte ist voll.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="589" />
      <source>the place it is in cannot be written to.</source>
      <translation>an diesen Ort kann nicht geschrieben werden.</translation>
    </message>
  </context>
  <context>
    <name>BodyMap</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="23" />
      <source>%1 (both sides)</source>
      <translation>%1 (beide Seiten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="25" />
      <source>%1 (left)</source>
      <translation>%1 (links)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="27" />
      <source>%1 (right)</source>
      <translation>%1 (rechts)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="35" />
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="38" />
      <source>%1, not selected</source>
      <translation>%1, nicht ausgewählt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="37" />
      <source>%1, selected</source>
      <translation>%1, ausgewählt</translation>
    </message>
  </context>
  <context>
    <name>BodyMapPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="49" />
      <source>&amp;Picked muscle groups</source>
      <translation>&amp;Gewählte Muskelgruppen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="59" />
      <source>C&amp;lear</source>
      <translation>&amp;Leeren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="60" />
      <source>Clear picked muscle groups</source>
      <translation>Gewählte Muskelgruppen leeren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="55" />
      <source>Nothing picked yet. Click the place on the figures, or use Tab to move from place to place and Space to pick.</source>
      <translation>Noch nichts gewählt. Klick auf die Stelle an den Figuren oder geh mit Tab von Stelle zu Stelle und wähle mit der Leertaste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="51" />
      <source>Picked muscle groups</source>
      <translation>Gewählte Muskelgruppen</translation>
    </message>
  </context>
  <context>
    <name>BodyMapWidget</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="215" />
      <source>%1% of the highest</source>
      <translation>%1 % vom Höchstwert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="354" />
      <source>Back</source>
      <translation>Hinten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="219" />
      <source>Body map</source>
      <translation>Körperkarte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="354" />
      <source>Front</source>
      <translation>Vorne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="221" />
      <source>Front and back figures. Tab or the arrow keys move between muscle groups; Space picks or unpicks one; Ctrl+Tab leaves the map.</source>
      <translation>Figuren von vorne und hinten. Tab oder die Pfeiltasten wechseln zwischen Muskelgruppen; die Leertaste wählt eine aus oder ab; Strg+Tab verlässt die Karte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="223" />
      <source>Front and back figures. The arrow keys move between muscle groups.</source>
      <translation>Figuren von vorne und hinten. Die Pfeiltasten wechseln zwischen Muskelgruppen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="355" />
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="357" />
      <source>Less</source>
      <translation>Weniger</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="357" />
      <source>More</source>
      <translation>Mehr</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="224" />
      <source>Nothing picked.</source>
      <translation>Nichts gewählt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="224" />
      <source>Picked: %1.</source>
      <translation>Gewählt: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="355" />
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
  </context>
  <context>
    <name>BreakPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="252" />
      <source>%1 left</source>
      <translation>noch %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="94" />
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="87" />
      <source>&amp;I did it</source>
      <translation>&amp;Erledigt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="180" />
      <source>&amp;Not now</source>
      <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="88" />
      <source>&amp;Postpone</source>
      <translation>&amp;Verschieben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="199" />
      <source>&amp;Postpone %1 min</source>
      <translation>Um %1 Min. &amp;verschieben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="89" />
      <source>&amp;Skip</source>
      <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="92" />
      <source>&amp;Take it now</source>
      <translation>&amp;Jetzt machen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="259" />
      <source>Available once most of the break has passed</source>
      <translation>Möglich, wenn der größte Teil der Pause vorbei ist</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="54" />
      <source>Break</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="55" />
      <source>Break panel</source>
      <translation>Pausenfenster</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="83" />
      <source>Break progress</source>
      <translation>Fortschritt der Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="161" />
      <source>Coming up in a few seconds. Finish your sentence, or take it now.</source>
      <translation>Gleich geht es los. Beende deinen Satz oder mach die Pause jetzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="93" />
      <source>I drank a &amp;glass</source>
      <translation>Ich habe ein &amp;Glas getrunken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="277" />
      <source>Logged from a break (Spasm now)</source>
      <translation>Aus einer Pause eingetragen (Krampf jetzt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="190" />
      <source>Play &amp;release audio</source>
      <translation>&amp;Lockerungs-Audio abspielen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="90" />
      <source>Play &amp;warm-up audio</source>
      <translation>&amp;Aufwärm-Audio abspielen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="91" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Krampf jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="79" />
      <source>Time left</source>
      <translation>Verbleibende Zeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="95" />
      <source>Turns this into a recovery break, holds desk time and opens the quick log</source>
      <translation>Macht daraus eine Erholungspause, hält die Bildschirmzeit an und öffnet den Schnelleintrag</translation>
    </message>
  </context>
  <context>
    <name>BrokenPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" line="48" />
      <source>Something saved in your data could not be read, so “%1” could not open. Nothing has been changed or deleted, and the other tabs work as usual.

You can put back a backup from before the problem, or save everything that can still be read to a file.</source>
      <translation>Etwas in deinen Daten konnte nicht gelesen werden, daher ließ sich „%1“ nicht öffnen. Es wurde nichts verändert oder gelöscht, und die anderen Tabs funktionieren wie gewohnt.

Du kannst eine Sicherung von vor dem Problem zurückholen oder alles, was sich noch lesen lässt, in eine Datei speichern.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" line="42" />
      <source>This part cannot be shown right now</source>
      <translation>Dieser Teil kann gerade nicht angezeigt werden</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="150" />
      <source>%1 (%2 % to %3 %)</source>
      <translation>%1 (%2 % bis %3 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="260" />
      <source>%1 (%2 on %3 days)</source>
      <translation>%1 (%2 an %3 Tagen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="102" />
      <source>%1 (%2 spasms on %3 tracked days)</source>
      <translation>%1 (%2 Krämpfe an %3 erfassten Tagen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="111" />
      <source>%1 (%n spasm)</source>
      <translation>%1 (%n Krampf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="111" />
      <source>%1 (%n spasms)</source>
      <translation>%1 (%n Krämpfe)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="227" />
      <source>%1 (from %n check-in)</source>
      <translation>%1 (aus %n Check-in)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="227" />
      <source>%1 (from %n check-ins)</source>
      <translation>%1 (aus %n Check-ins)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="225" />
      <source>%1 (from %n spasm)</source>
      <translation>%1 (aus %n Krampf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="225" />
      <source>%1 (from %n spasms)</source>
      <translation>%1 (aus %n Krämpfen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="130" />
      <source>%1 (noted on %n spasm)</source>
      <translation>%1 (bei %n Krampf notiert)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="130" />
      <source>%1 (noted on %n spasms)</source>
      <translation>%1 (bei %n Krämpfen notiert)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="124" />
      <source>%1 days with it: %2 spasms; %3 days without: %4 spasms</source>
      <translation>%1 Tage damit: %2 Krämpfe; %3 Tage ohne: %4 Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="189" />
      <source>%1 h</source>
      <translation>%1 Std.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="193" />
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="163" />
      <source>%1 min (from %n time)</source>
      <translation>%1 Min. (aus %n Angabe)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="163" />
      <source>%1 min (from %n times)</source>
      <translation>%1 Min. (aus %n Angaben)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="59" />
      <source>%1 of %n day</source>
      <translation>%1 von %n Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="59" />
      <source>%1 of %n days</source>
      <translation>%1 von %n Tagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="61" />
      <source>%1 of %n tracked day</source>
      <translation>%1 von %n erfassten Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="61" />
      <source>%1 of %n tracked days</source>
      <translation>%1 von %n erfassten Tagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="190" />
      <source>%1 point</source>
      <translation>%1 Punkt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="190" />
      <source>%1 points</source>
      <translation>%1 Punkte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="67" />
      <source>%1 s</source>
      <translation>%1 Sek.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="276" />
      <source>%1 spasms, %2 check-ins</source>
      <translation>%1 Krämpfe, %2 Check-ins</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="69" />
      <source>%1, %2:00–%3:00: %4 spasms</source>
      <translation>%1, %2:00–%3:00: %4 Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="348" />
      <source>%1: %2 minutes in %3 sessions</source>
      <translation>%1: %2 Minuten in %3 Sitzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="296" />
      <source>%1: %2 of %3 breaks taken; %4 spasms the next day</source>
      <translation>%1: %2 von %3 Pausen gemacht; %4 Krämpfe am nächsten Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="123" />
      <source>%1: %2 spasms, 7-day average %3</source>
      <translation>%1: %2 Krämpfe, 7-Tage-Durchschnitt %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="203" />
      <source>%1: not enough data yet (at least %2 days on each side).</source>
      <translation>%1: noch nicht genug Daten (mindestens %2 Tage auf jeder Seite).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="159" />
      <source>%1: noted on %n spasm</source>
      <translation>%1: bei %n Krampf notiert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="159" />
      <source>%1: noted on %n spasms</source>
      <translation>%1: bei %n Krämpfen notiert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="149" />
      <source>%1: too few ratings to say yet (%2 needed)</source>
      <translation>%1: noch zu wenige Bewertungen für eine Aussage (%2 nötig)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="129" />
      <source>%1× (%2 to %3); %4</source>
      <translation>%1× (%2 bis %3); %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="110" />
      <source>%n check-in day</source>
      <translation>%n Check-in-Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="110" />
      <source>%n check-in days</source>
      <translation>%n Check-in-Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="66" />
      <source>%n day</source>
      <translation>%n Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="75" />
      <source>%n day without any record is left out of these numbers: it is not known whether it had spasms, so it is not counted as a day without them.</source>
      <translation>%n Tag ohne jeden Eintrag fehlt in diesen Zahlen: Man weiß nicht, ob es an ihm Krämpfe gab, daher zählt er nicht als Tag ohne Krämpfe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="66" />
      <source>%n days</source>
      <translation>%n Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="77" />
      <source>%n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</source>
      <translation>%n Tage ohne jeden Eintrag fehlen in diesen Zahlen: Man weiß nicht, ob es an ihnen Krämpfe gab, daher zählen sie nicht als Tage ohne Krämpfe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="67" />
      <source>%n spasm</source>
      <translation>%n Krampf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="67" />
      <source>%n spasms</source>
      <translation>%n Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="251" />
      <source>%n tracked day</source>
      <translation>%n erfasster Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="251" />
      <source>%n tracked days</source>
      <translation>%n erfasste Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="101" />
      <source>&amp;From</source>
      <translation>&amp;Von</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="82" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="120" />
      <source>&amp;Open the report</source>
      <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="76" />
      <source>&amp;Paper</source>
      <translation>&amp;Papier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="92" />
      <source>&amp;Period:</source>
      <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="102" />
      <source>&amp;To</source>
      <translation>&amp;Bis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="125" />
      <source>1 time as many means no difference. "Could be chance" means the difference does not stand out once all your triggers are looked at together. A trigger needs at least %1 check-in days with it and %1 without before a number is shown.</source>
      <translation>1-mal so viele heißt: kein Unterschied. „Könnte Zufall sein“ heißt: Der Unterschied fällt nicht mehr auf, wenn man alle deine Auslöser zusammen betrachtet. Ein Auslöser braucht mindestens %1 Check-in-Tage mit ihm und %1 ohne ihn, bevor eine Zahl gezeigt wird.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="130" />
      <source>; could be chance</source>
      <translation>; könnte Zufall sein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="56" />
      <source>A PDF summary of your spasms, check-ins, what helped and your medication log, to bring to your doctor or therapist. It stays on this computer until you share it.</source>
      <translation>Eine PDF-Zusammenfassung deiner Krämpfe, Check-ins, was geholfen hat und deiner Medikamente, zum Mitnehmen zu deiner Ärztin, deinem Arzt oder in die Therapie. Sie bleibt auf diesem Computer, bis du sie weitergibst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="73" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="212" />
      <source>About %1 times as many (%2 to %3).</source>
      <translation>Etwa %1-mal so viele (%2 bis %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="283" />
      <source>After the days with the most breaks taken (%1 days), %2 spasms the next day on average; after the days with the fewest (%3 days), %4.</source>
      <translation>Nach den Tagen mit den meisten gemachten Pausen (%1 Tage) im Schnitt %2 Krämpfe am nächsten Tag; nach den Tagen mit den wenigsten (%3 Tage) %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="225" />
      <source>After the days with the most breaks taken (%1 days): %2 spasms the next day on average; after the days with the fewest (%3 days): %4.</source>
      <translation>Nach den Tagen mit den meisten gemachten Pausen (%1 Tage): im Schnitt %2 Krämpfe am nächsten Tag; nach den Tagen mit den wenigsten (%3 Tage): %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="78" />
      <source>Anything you want your provider to read first (optional)</source>
      <translation>Was die Praxis zuerst lesen soll (freiwillig)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="152" />
      <source>Average</source>
      <translation>Durchschnitt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="126" />
      <source>Body map of where spasms happen</source>
      <translation>Körperkarte: wo Krämpfe auftreten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="253" />
      <source>Breaks</source>
      <translation>Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="227" />
      <source>Breaks and spasms</source>
      <translation>Pausen und Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="280" />
      <source>Breaks and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Pausen und Krämpfe: noch nicht genug Daten (mindestens %1 Tage auf jeder Seite).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="251" />
      <source>Breaks taken (dark) of breaks due (light) each day, and the spasms of the next day as a line.</source>
      <translation>Gemachte Pausen (dunkel) von fälligen Pausen (hell) pro Tag, und die Krämpfe des nächsten Tages als Linie.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="270" />
      <source>Change</source>
      <translation>Veränderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="115" />
      <source>Change (95 % range)</source>
      <translation>Veränderung (95-%-Bereich)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="101" />
      <source>Charts</source>
      <translation>Diagramme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="152" />
      <source>Check-in</source>
      <translation>Check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="194" />
      <source>Check-in 0–10</source>
      <translation>Check-in 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="146" />
      <source>Check-in averages</source>
      <translation>Check-in-Durchschnitte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="131" />
      <source>Check-ins per day (0–10, 10 is best)</source>
      <translation>Check-ins pro Tag (0–10, 10 ist am besten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="149" />
      <source>Check-ins per week (averages, 0–10, 10 is best)</source>
      <translation>Check-ins pro Woche (Durchschnitte, 0–10, 10 ist am besten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="100" />
      <source>Choose dates…</source>
      <translation>Zeitraum wählen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" line="44" />
      <source>Could not save the picture</source>
      <translation>Das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="106" />
      <source>Count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="67" />
      <source>Daily check-ins</source>
      <translation>Tägliche Check-ins</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="128" />
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="152" />
      <source>Days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="58" />
      <source>Days tracked</source>
      <translation>Erfasste Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="60" />
      <source>Days with at least one spasm</source>
      <translation>Tage mit mindestens einem Krampf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="203" />
      <source>Done</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="100" />
      <source>Drawing the charts…</source>
      <translation>Diagramme werden gezeichnet…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="169" />
      <source>Each kind's share of the spasms in this period.</source>
      <translation>Anteil jeder Art an den Krämpfen in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="28" />
      <source>Each square is one hour of one weekday; the darker it is, the more spasms started then.</source>
      <translation>Jedes Feld ist eine Stunde eines Wochentags; je dunkler, desto mehr Krämpfe haben dann begonnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="131" />
      <source>Each week's typical (median) and worst intensity, and how long spasms typically lasted and how long you took to recover.</source>
      <translation>Typische (Median) und stärkste Intensität pro Woche, und wie lange Krämpfe typischerweise dauerten und wie lange du zur Erholung gebraucht hast.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="183" />
      <source>Energy</source>
      <translation>Energie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="85" />
      <source>Energy (0–10, 10 = lots)</source>
      <translation>Energie (0–10, 10 = viel)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="100" />
      <source>Everything</source>
      <translation>Alles</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="278" />
      <source>Fibro Desktop, self-tracked record · page %1 of %2</source>
      <translation>Fibro Desktop, selbst geführte Aufzeichnungen · Seite %1 von %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="62" />
      <source>First day of the report</source>
      <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="101" />
      <source>First day shown</source>
      <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="114" />
      <source>First four weeks</source>
      <translation>Erste vier Wochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="270" />
      <source>First weeks</source>
      <translation>Erste Wochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="140" />
      <source>First – last</source>
      <translation>Erster – letzter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="192" />
      <source>From your daily check-ins (10 is best), with your spasms below on the same dates.</source>
      <translation>Aus deinen täglichen Check-ins (10 ist am besten), darunter deine Krämpfe an denselben Tagen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="91" />
      <source>Glasses of water</source>
      <translation>Gläser Wasser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="40" />
      <source>Hour of the day</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="83" />
      <source>Hours of sleep</source>
      <translation>Stunden Schlaf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="140" />
      <source>How it went</source>
      <translation>Wie es lief</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="63" />
      <source>How many spasms you logged, with a 7-day average. Medications and supplements you took are marked in the strip below.</source>
      <translation>Wie viele Krämpfe du eingetragen hast, mit einem 7-Tage-Durchschnitt. Medikamente und Nahrungsergänzungen, die du genommen hast, sind im Streifen darunter markiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="95" />
      <source>How often each muscle group was involved. One spasm can involve several groups.</source>
      <translation>Wie oft jede Muskelgruppe betroffen war. Ein Krampf kann mehrere Gruppen betreffen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="158" />
      <source>How often each thing you tried during a spasm helped (fully or a little), out of the times you rated it. The range in brackets is where the true share probably lies; the list is ordered by its lower end, so many ratings count for more than a few lucky ones.</source>
      <translation>Wie oft jedes Mittel, das du während eines Krampfs versucht hast, geholfen hat (ganz oder etwas), gemessen an den Malen, die du bewertet hast. Der Bereich in Klammern ist der, in dem der wahre Anteil wahrscheinlich liegt. Die Liste ist nach seinem unteren Ende sortiert, damit viele Bewertungen mehr zählen als ein paar glückliche.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="167" />
      <source>How often it helped</source>
      <translation>Wie oft es geholfen hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="169" />
      <source>How often what was tried during a spasm helped (fully or a little), with its 95 % range; ranked by the lower end of that range. Fewer than %1 ratings are too few to say.</source>
      <translation>Wie oft das, was während eines Krampfs versucht wurde, geholfen hat (ganz oder etwas), mit seinem 95-%-Bereich; sortiert nach dem unteren Ende dieses Bereichs. Weniger als %1 Bewertungen sind zu wenige für eine Aussage.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="50" />
      <source>How to read this</source>
      <translation>So liest du das</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="134" />
      <source>Intensity 0–10</source>
      <translation>Stärke 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="131" />
      <source>Intensity, length and recovery</source>
      <translation>Stärke, Dauer und Erholung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="106" />
      <source>Kind of spasm</source>
      <translation>Art des Krampfs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="105" />
      <source>Kinds and places</source>
      <translation>Arten und Stellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="169" />
      <source>Kinds of spasm</source>
      <translation>Arten von Krämpfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="99" />
      <source>Last 12 months</source>
      <translation>Letzte 12 Monate</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="99" />
      <source>Last 30 days</source>
      <translation>Letzte 30 Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="99" />
      <source>Last 7 days</source>
      <translation>Letzte 7 Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="99" />
      <source>Last 90 days</source>
      <translation>Letzte 90 Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="63" />
      <source>Last day of the report</source>
      <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="102" />
      <source>Last day shown</source>
      <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="114" />
      <source>Last four weeks</source>
      <translation>Letzte vier Wochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="270" />
      <source>Last weeks</source>
      <translation>Letzte Wochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="118" />
      <source>Make a PDF report for your provider</source>
      <translation>PDF-Bericht für deine Praxis erstellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="150" />
      <source>Making your report…</source>
      <translation>Dein Bericht wird erstellt…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="270" />
      <source>Measure</source>
      <translation>Messwert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="42" />
      <source>Measuring the difference</source>
      <translation>Den Unterschied messen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="89" />
      <source>Measuring the difference compares the first %1 days of this period that have records with its last %1 days. It needs at least %2 tracked days in each, and the two must not overlap. Not enough data yet.</source>
      <translation>Beim Messen des Unterschieds werden die ersten %1 Tage dieses Zeitraums mit Einträgen mit seinen letzten %1 Tagen verglichen. Dafür braucht es mindestens %2 erfasste Tage in jedem Abschnitt, und die beiden dürfen sich nicht überschneiden. Noch nicht genug Daten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="242" />
      <source>Measuring the difference compares the first %1 days with the last %1 days of the period shown, up to the last day you recorded. The two must not overlap, so this needs about two months of record in the period. Not enough data yet. Choosing "Everything" compares the start and the end of your whole record.</source>
      <translation>Beim Messen des Unterschieds werden die ersten %1 Tage mit den letzten %1 Tagen des angezeigten Zeitraums verglichen, bis zum letzten Tag mit Eintrag. Die beiden dürfen sich nicht überschneiden, daher braucht es etwa zwei Monate Aufzeichnungen im Zeitraum. Noch nicht genug Daten. Mit „Alles“ vergleichst du Anfang und Ende deiner gesamten Aufzeichnungen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="133" />
      <source>Medications and supplements</source>
      <translation>Medikamente und Nahrungsergänzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="142" />
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="305" />
      <source>Minutes of relaxation audio you listened to each day, and how much your tension eased on average (before minus after, 0–10) when you rated it.</source>
      <translation>Minuten Entspannungsaudio, die du pro Tag gehört hast, und wie sehr deine Anspannung im Schnitt nachgelassen hat (vorher minus nachher, 0–10), wenn du sie bewertet hast.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="183" />
      <source>Mobility</source>
      <translation>Beweglichkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="81" />
      <source>Mobility (0–10)</source>
      <translation>Beweglichkeit (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="85" />
      <source>Mobility (0–10, 10 = moves freely)</source>
      <translation>Beweglichkeit (0–10, 10 = frei beweglich)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="182" />
      <source>Mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="80" />
      <source>Mood (0–10)</source>
      <translation>Stimmung (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="84" />
      <source>Mood (0–10, 10 = good)</source>
      <translation>Stimmung (0–10, 10 = gut)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="110" />
      <source>Muscle group</source>
      <translation>Muskelgruppe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="92" />
      <source>My notes for you</source>
      <translation>Meine Notizen für Sie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="139" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="124" />
      <source>Next day</source>
      <translation>Nächster Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="272" />
      <source>No breaks recorded in this period. When the break timer in the Pacing tab runs, your breaks appear here.</source>
      <translation>In diesem Zeitraum sind keine Pausen erfasst. Wenn der Pausen-Timer im Tab „Pausen“ läuft, erscheinen deine Pausen hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="222" />
      <source>No breaks were timed in this period.</source>
      <translation>In diesem Zeitraum wurden keine Pausen getaktet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="150" />
      <source>No check-ins in this period.</source>
      <translation>Keine Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="211" />
      <source>No check-ins in this period. A short daily check-in in the Journal lets you see sleep, mood and energy beside your spasms.</source>
      <translation>Keine Check-ins in diesem Zeitraum. Mit einem kurzen täglichen Check-in im Tagebuch siehst du Schlaf, Stimmung und Energie neben deinen Krämpfen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="210" />
      <source>No clear difference (%1 to %2 times as many).</source>
      <translation>Kein klarer Unterschied (%1- bis %2-mal so viele).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="146" />
      <source>No muscle groups noted in this period. When you tap where a spasm is, it appears here.</source>
      <translation>In diesem Zeitraum sind keine Muskelgruppen notiert. Wenn du antippst, wo ein Krampf ist, erscheint er hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="130" />
      <source>No program to show PDF files was found on this computer. Your report is saved as %1 in the folder %2.</source>
      <translation>Auf diesem Computer wurde kein Programm zum Anzeigen von PDF-Dateien gefunden. Dein Bericht ist als %1 im Ordner %2 gespeichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="159" />
      <source>No record at all %1: left blank in the chart, not counted as time without spasms.</source>
      <translation>Gar keine Einträge %1: im Diagramm leer gelassen, nicht als Zeit ohne Krämpfe gezählt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="231" />
      <source>No relaxation sessions in this period.</source>
      <translation>Keine Entspannungssitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="326" />
      <source>No relaxation sessions in this period. Sessions you listen to in the Relax tab appear here.</source>
      <translation>Keine Entspannungssitzungen in diesem Zeitraum. Sitzungen, die du im Tab „Entspannen“ hörst, erscheinen hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="153" />
      <source>No spasms logged in this period, so there is nothing to measure yet.</source>
      <translation>In diesem Zeitraum sind keine Krämpfe eingetragen, daher gibt es noch nichts zu messen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="54" />
      <source>No spasms logged in this period.</source>
      <translation>In diesem Zeitraum sind keine Krämpfe eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="83" />
      <source>No spasms logged in this period. When you log them in the Journal, they appear here.</source>
      <translation>In diesem Zeitraum sind keine Krämpfe eingetragen. Wenn du sie im Tagebuch einträgst, erscheinen sie hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="156" />
      <source>No triggers noted in a daily check-in in this period yet.</source>
      <translation>In diesem Zeitraum wurden in keinem täglichen Check-in Auslöser notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="103" />
      <source>No triggers noted in this period yet.</source>
      <translation>In diesem Zeitraum sind noch keine Auslöser notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="131" />
      <source>None in this period.</source>
      <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="145" />
      <source>None logged in this period.</source>
      <translation>In diesem Zeitraum nichts eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="133" />
      <source>Noted only on spasm entries:</source>
      <translation>Nur bei Krampf-Einträgen notiert:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="129" />
      <source>Nothing to chart yet. As you log spasms and daily check-ins in the Journal, your charts and insights build up here. A week or two is enough to start seeing patterns.</source>
      <translation>Noch nichts für Diagramme da. Wenn du Krämpfe und tägliche Check-ins im Tagebuch einträgst, entstehen hier deine Diagramme und Erkenntnisse. Ein bis zwei Wochen reichen, um erste Muster zu sehen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="157" />
      <source>Nothing tried has been noted in this period yet.</source>
      <translation>In diesem Zeitraum ist noch nichts Versuchtes notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="86" />
      <source>Overall pain (0–10, 10 = worst)</source>
      <translation>Schmerzen insgesamt (0–10, 10 = am stärksten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="167" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" line="37" />
      <source>PNG picture (*.png)</source>
      <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="122" />
      <source>Pacing and relaxation</source>
      <translation>Pausen und Entspannung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="43" />
      <source>Pacing, relaxation and spasms</source>
      <translation>Pausen, Entspannung und Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="162" />
      <source>Pale bars: weeks with fewer than 7 tracked days (cut by the period's start or end, or partly tracked); their spasms per week are worked out from the days tracked, so they rest on fewer days.</source>
      <translation>Helle Balken: Wochen mit weniger als 7 erfassten Tagen (abgeschnitten durch Anfang oder Ende des Zeitraums oder nur teilweise erfasst). Ihre Krämpfe pro Woche sind aus den erfassten Tagen hochgerechnet und beruhen daher auf weniger Tagen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="75" />
      <source>Paper size</source>
      <translation>Papierformat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="112" />
      <source>Period problem</source>
      <translation>Problem mit dem Zeitraum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="97" />
      <source>Period shown</source>
      <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="84" />
      <source>Period: %1 to %2 (%3). Made on %4.</source>
      <translation>Zeitraum: %1 bis %2 (%3). Erstellt am %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="115" />
      <source>Possible triggers</source>
      <translation>Mögliche Auslöser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="53" />
      <source>Provider report</source>
      <translation>Bericht für die Praxis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="117" />
      <source>Provider report…</source>
      <translation>Bericht für die Praxis…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="79" />
      <source>Reading your records…</source>
      <translation>Deine Einträge werden gelesen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="305" />
      <source>Relaxation</source>
      <translation>Entspannung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="237" />
      <source>Relaxation and spasms</source>
      <translation>Entspannung und Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="289" />
      <source>Relaxation and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Entspannung und Krämpfe: noch nicht genug Daten (mindestens %1 Tage auf jeder Seite).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="167" />
      <source>Relief</source>
      <translation>Linderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="111" />
      <source>Report saved</source>
      <translation>Bericht gespeichert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="124" />
      <source>Same day</source>
      <translation>Gleicher Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="85" />
      <source>Save PDF…</source>
      <translation>PDF speichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" line="141" />
      <source>Save as picture…</source>
      <translation>Als Bild speichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" line="36" />
      <source>Save chart as picture</source>
      <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" line="142" />
      <source>Save the chart %1 as a picture</source>
      <translation>Das Diagramm %1 als Bild speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="167" />
      <source>Save the report</source>
      <translation>Bericht speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="140" />
      <source>Side effects noted</source>
      <translation>Bemerkte Nebenwirkungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="139" />
      <source>Skipped</source>
      <translation>Ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="182" />
      <source>Sleep quality</source>
      <translation>Schlafqualität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="78" />
      <source>Sleep quality (0–10)</source>
      <translation>Schlafqualität (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="83" />
      <source>Sleep quality (0–10, 10 = slept well)</source>
      <translation>Schlafqualität (0–10, 10 = gut geschlafen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="192" />
      <source>Sleep, mood, energy and mobility</source>
      <translation>Schlaf, Stimmung, Energie und Beweglichkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="83" />
      <source>Spasm record for my provider</source>
      <translation>Meine Krampf-Aufzeichnungen für die Praxis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="66" />
      <source>Spasms</source>
      <translation>Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="57" />
      <source>Spasms logged</source>
      <translation>Eingetragene Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="258" />
      <source>Spasms next day</source>
      <translation>Krämpfe am nächsten Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="136" />
      <source>Spasms on days when a trigger was ticked in the daily check-in, against check-in days without it (same day, and the day after), adjusted for the stage of the record and the other triggers. 1× means no difference; the range shows what else fits the record. These are patterns, not causes.</source>
      <translation>Krämpfe an Tagen, an denen im täglichen Check-in ein Auslöser angehakt war, verglichen mit Check-in-Tagen ohne ihn (am selben Tag und am Tag danach), bereinigt um den Abschnitt der Aufzeichnungen und die anderen Auslöser. 1× heißt kein Unterschied; der Bereich zeigt, was sonst noch zu den Aufzeichnungen passt. Das sind Muster, keine Ursachen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="106" />
      <source>Spasms on days you ticked a trigger in your daily check-in, compared with days you did not (from %1). Same day: spasms that day; next day: spasms the day after. Each number is adjusted for the time of year and for your other triggers; the range in brackets is where the true number probably lies.</source>
      <translation>Krämpfe an Tagen, an denen du in deinem täglichen Check-in einen Auslöser angehakt hast, verglichen mit Tagen ohne ihn (ab %1). Gleicher Tag: Krämpfe an diesem Tag; nächster Tag: Krämpfe am Tag danach. Jede Zahl ist um die Jahreszeit und deine anderen Auslöser bereinigt; der Bereich in Klammern ist der, in dem die wahre Zahl wahrscheinlich liegt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="63" />
      <source>Spasms over time</source>
      <translation>Krämpfe im Zeitverlauf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="123" />
      <source>Spasms per day</source>
      <translation>Krämpfe pro Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="262" />
      <source>Spasms per tracked day</source>
      <translation>Krämpfe pro erfasstem Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="94" />
      <source>Spasms per week</source>
      <translation>Krämpfe pro Woche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="62" />
      <source>Spasms per week (over tracked days)</source>
      <translation>Krämpfe pro Woche (über erfasste Tage)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="140" />
      <source>Spasms per week, over the days tracked</source>
      <translation>Krämpfe pro Woche, über die erfassten Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="91" />
      <source>Stress (0–10, 10 = worst)</source>
      <translation>Stress (0–10, 10 = am stärksten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="95" />
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="139" />
      <source>Taken on</source>
      <translation>Genommen am</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="311" />
      <source>Tension eased</source>
      <translation>Anspannung gelöst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="292" />
      <source>The day after a relaxation session (%1 days): %2 spasms on average; the day after a day without one (%3 days): %4.</source>
      <translation>Am Tag nach einer Entspannungssitzung (%1 Tage): im Schnitt %2 Krämpfe; am Tag nach einem Tag ohne (%3 Tage): %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="197" />
      <source>The first day must come before the last.</source>
      <translation>Der erste Tag muss vor dem letzten liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="248" />
      <source>The first four weeks of the period shown (%1 – %2: %3, %4) against its last four weeks (%5 – %6: %7, %8), up to the last day you recorded. A tracked day is a day with any record.</source>
      <translation>Die ersten vier Wochen des angezeigten Zeitraums (%1 – %2: %3, %4) gegenüber seinen letzten vier Wochen (%5 – %6: %7, %8), bis zum letzten Tag mit Eintrag. Ein erfasster Tag ist ein Tag mit irgendeinem Eintrag.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="96" />
      <source>The first four weeks of this period that have records (%1 to %2, %3 tracked days) against its last four weeks (%4 to %5, %6 tracked days). A change is named only when its 95 % range leaves out “no change”; otherwise it says “no clear change”.</source>
      <translation>Die ersten vier Wochen dieses Zeitraums mit Einträgen (%1 bis %2, %3 erfasste Tage) gegenüber seinen letzten vier Wochen (%4 bis %5, %6 erfasste Tage). Eine Veränderung wird nur genannt, wenn ihr 95-%-Bereich „keine Veränderung“ ausschließt; sonst steht dort „keine klare Veränderung“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="155" />
      <source>The report could not be saved</source>
      <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="153" />
      <source>The report could not be written to %1. Please choose another place and try again.</source>
      <translation>Der Bericht konnte nicht nach %1 geschrieben werden. Bitte wähle einen anderen Ort und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="59" />
      <source>These are patterns in your own record, not causes. Talk them over with your doctor or care team before changing anything.</source>
      <translation>Das sind Muster in deinen eigenen Aufzeichnungen, keine Ursachen. Sprich mit deiner Ärztin oder deinem Arzt oder deinem Behandlungsteam darüber, bevor du etwas änderst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="134" />
      <source>These have no number: a trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong. To see how it goes with your spasms, tick it in your daily check-in on the days it happens.</source>
      <translation>Diese haben keine Zahl: Ein Auslöser, der bei einem Krampf-Eintrag notiert ist, kommt immer mit einem Krampf. Ein Vergleich von Tagen mit und ohne ihn würde ihn also stark aussehen lassen. Um zu sehen, wie er mit deinen Krämpfen zusammenhängt, hak ihn an den Tagen, an denen er vorkommt, in deinem täglichen Check-in an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="161" />
      <source>These were noted only on spasm entries, never in a daily check-in. A trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong: no ratio is shown.</source>
      <translation>Diese wurden nur bei Krampf-Einträgen notiert, nie in einem täglichen Check-in. Ein Auslöser, der bei einem Krampf-Eintrag notiert ist, kommt immer mit einem Krampf, daher würde ein Vergleich von Tagen mit und ohne ihn ihn stark aussehen lassen: Es wird kein Verhältnis gezeigt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="88" />
      <source>This summary comes from a personal self-tracking app (Fibro Desktop). It is what I noted myself; it is not a diagnosis and the app is not a medical device.</source>
      <translation>Diese Zusammenfassung stammt aus einer persönlichen App zur Selbstbeobachtung (Fibro Desktop). Sie enthält, was ich selbst notiert habe; sie ist keine Diagnose, und die App ist kein Medizinprodukt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="124" />
      <source>Trigger</source>
      <translation>Auslöser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="42" />
      <source>Triggers</source>
      <translation>Auslöser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="105" />
      <source>Typical intensity (0–10)</source>
      <translation>Typische Stärke (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="63" />
      <source>Typical intensity (median, 0–10)</source>
      <translation>Typische Stärke (Median, 0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="106" />
      <source>Typical length</source>
      <translation>Typische Dauer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="65" />
      <source>Typical length (median)</source>
      <translation>Typische Dauer (Median)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="107" />
      <source>Typical recovery time</source>
      <translation>Typische Erholungszeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="66" />
      <source>Typical recovery time (median)</source>
      <translation>Typische Erholungszeit (Median)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="167" />
      <source>Typical time to relief</source>
      <translation>Typische Zeit bis zur Linderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="265" />
      <source>Typical values are medians, with how many values each window has. A change is named only when its range leaves "no change" out; otherwise it says "no clear change": the windows differ by no more than everyday ups and downs could explain.</source>
      <translation>Typische Werte sind Mediane, mit der Anzahl der Werte in jedem Abschnitt. Eine Veränderung wird nur genannt, wenn ihr Bereich „keine Veränderung“ ausschließt; sonst steht dort „keine klare Veränderung“: Die Abschnitte unterscheiden sich dann nicht mehr, als normale Schwankungen im Alltag erklären könnten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="74" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="139" />
      <source>Usual amount</source>
      <translation>Übliche Menge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="96" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" line="162" />
      <source>Value under the pointer</source>
      <translation>Wert unter dem Mauszeiger</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="126" />
      <source>Warning signs noticed</source>
      <translation>Bemerkte Warnzeichen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="348" />
      <source>Week of %1: %2 minutes in %3 sessions</source>
      <translation>Woche ab %1: %2 Minuten in %3 Sitzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="295" />
      <source>Week of %1: %2 of %3 breaks taken; %4 spasms on the following days</source>
      <translation>Woche ab %1: %2 von %3 Pausen gemacht; %4 Krämpfe an den folgenden Tagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="122" />
      <source>Week of %1: %2 spasms</source>
      <translation>Woche ab %1: %2 Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="173" />
      <source>Week of %1: %2 spasms, typical intensity %3, worst %4, typical length %5, recovery %6</source>
      <translation>Woche ab %1: %2 Krämpfe, typische Stärke %3, stärkste %4, typische Dauer %5, Erholung %6</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="43" />
      <source>What helped</source>
      <translation>Was geholfen hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="128" />
      <source>What was noticed</source>
      <translation>Was bemerkt wurde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="28" />
      <source>When spasms happen</source>
      <translation>Wann Krämpfe auftreten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="323" />
      <source>When you listen to sessions in the Relax tab, your listening appears here.</source>
      <translation>Wenn du im Tab „Entspannen“ Sitzungen hörst, erscheint das hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="269" />
      <source>When you use the break timer in the Pacing tab, your breaks appear here.</source>
      <translation>Wenn du den Pausen-Timer im Tab „Pausen“ nutzt, erscheinen deine Pausen hier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="95" />
      <source>Where spasms happen</source>
      <translation>Wo Krämpfe auftreten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="112" />
      <source>Working out the insights…</source>
      <translation>Erkenntnisse werden berechnet…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="64" />
      <source>Worst intensity (0–10)</source>
      <translation>Stärkste Intensität (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="266" />
      <source>Writing the PDF…</source>
      <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="124" />
      <source>Writing the tables…</source>
      <translation>Tabellen werden geschrieben…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="220" />
      <source>You have not used Pacing (the break timer).</source>
      <translation>„Pausen“ (der Pausen-Timer) wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="229" />
      <source>You have not used Relax (relaxation audio and breathing).</source>
      <translation>„Entspannen“ (Entspannungsaudio und Atmung) wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="153" />
      <source>You have not used the daily check-in, where triggers are ticked for this comparison.</source>
      <translation>Der tägliche Check-in, in dem Auslöser für diesen Vergleich angehakt werden, wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="148" />
      <source>You have not used the daily check-in.</source>
      <translation>Der tägliche Check-in wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="143" />
      <source>You have not used the medication log.</source>
      <translation>Das Medikamenten-Protokoll wurde nicht genutzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="79" />
      <source>Your note for the provider</source>
      <translation>Deine Notiz für die Praxis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="114" />
      <source>Your report is saved as %1 in the folder %2.</source>
      <translation>Dein Bericht ist als %1 im Ordner %2 gespeichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="209" />
      <source>about %1 higher (%2 to %3 higher)</source>
      <translation>etwa %1 höher (%2 bis %3 höher)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="206" />
      <source>about %1 lower (%2 to %3 lower)</source>
      <translation>etwa %1 niedriger (%2 bis %3 niedriger)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="74" />
      <source>about %1 points higher (%2 to %3 higher)</source>
      <translation>etwa %1 Punkte höher (%2 bis %3 höher)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="74" />
      <source>about %1 points lower (%2 to %3 lower)</source>
      <translation>etwa %1 Punkte niedriger (%2 bis %3 niedriger)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="70" />
      <source>about %1 times as long (%2 to %3)</source>
      <translation>etwa %1-mal so lang (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="59" />
      <source>about %1 times as many (%2 to %3 times)</source>
      <translation>etwa %1-mal so viele (%2- bis %3-mal)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="73" />
      <source>about %1 times as many spasms (%2 to %3)</source>
      <translation>etwa %1-mal so viele Krämpfe (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="78" />
      <source>could be chance</source>
      <translation>könnte Zufall sein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="83" />
      <source>days with it: %1, without: %2</source>
      <translation>Tage damit: %1, ohne: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="179" />
      <source>fewer: about %1 times as many (%2 to %3)</source>
      <translation>weniger: etwa %1-mal so viele (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="157" />
      <source>from %1 to %2</source>
      <translation>von %1 bis %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="146" />
      <source>helped %1 of %n time</source>
      <translation>hat %1 von %n Mal geholfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="185" />
      <source>helped %1 of %n time (%2 % to %3 %)</source>
      <translation>hat %1 von %n Mal geholfen (%2 % bis %3 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="146" />
      <source>helped %1 of %n times</source>
      <translation>hat %1 von %n Malen geholfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="186" />
      <source>helped %1 of %n times (%2 % to %3 %)</source>
      <translation>hat %1 von %n Malen geholfen (%2 % bis %3 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="137" />
      <source>helped %1, a little %2, not %3</source>
      <translation>geholfen %1, etwas %2, nicht %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="51" />
      <source>how to read: %1</source>
      <translation>So liest du das: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="145" />
      <source>length</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="201" />
      <source>longer: about %1 times as long (%2 to %3)</source>
      <translation>länger: etwa %1-mal so lang (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="167" />
      <source>mobility</source>
      <translation>Beweglichkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="167" />
      <source>mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="175" />
      <source>more spasms now (none in the first weeks)</source>
      <translation>jetzt mehr Krämpfe (keine in den ersten Wochen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="181" />
      <source>more: about %1 times as many (%2 to %3)</source>
      <translation>mehr: etwa %1-mal so viele (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="204" />
      <source>no clear change</source>
      <translation>keine klare Veränderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="72" />
      <source>no clear change (%1 to %2 points)</source>
      <translation>keine klare Veränderung (%1 bis %2 Punkte)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="202" />
      <source>no clear change (%1 to %2 times as long)</source>
      <translation>keine klare Veränderung (%1- bis %2-mal so lang)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="182" />
      <source>no clear change (%1 to %2 times as many)</source>
      <translation>keine klare Veränderung (%1- bis %2-mal so viele)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="58" />
      <source>no clear change (%1 to %2 times)</source>
      <translation>keine klare Veränderung (%1- bis %2-mal)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="212" />
      <source>no clear change (between %1 lower and %2 higher)</source>
      <translation>keine klare Veränderung (zwischen %1 niedriger und %2 höher)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="126" />
      <source>no record that day</source>
      <translation>an dem Tag kein Eintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="143" />
      <source>no record that week</source>
      <translation>in der Woche kein Eintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="173" />
      <source>no spasms in either window</source>
      <translation>in keinem der beiden Abschnitte Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="56" />
      <source>no spasms in one of the two windows: no ratio</source>
      <translation>in einem der beiden Abschnitte keine Krämpfe: kein Verhältnis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="72" />
      <source>not enough data yet</source>
      <translation>noch nicht genug Daten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="122" />
      <source>not enough data yet (%1 days with it, %2 without; %3 each needed)</source>
      <translation>noch nicht genug Daten (%1 Tage damit, %2 ohne; je %3 nötig)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="128" />
      <source>not enough data yet (%1)</source>
      <translation>noch nicht genug Daten (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="257" />
      <source>not enough data yet (at least %1 tracked days in each)</source>
      <translation>noch nicht genug Daten (mindestens %1 erfasste Tage in jedem)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="191" />
      <source>not rated yet</source>
      <translation>noch nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="156" />
      <source>on %1</source>
      <translation>am %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="144" />
      <source>only part of the week tracked</source>
      <translation>nur ein Teil der Woche erfasst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="189" />
      <source>rated %n times: too few to say</source>
      <translation>%n-mal bewertet: zu wenige für eine Aussage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="189" />
      <source>rated once: too few to say</source>
      <translation>einmal bewertet: zu wenige für eine Aussage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="146" />
      <source>recovery</source>
      <translation>Erholung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="114" />
      <source>right axis: intensity 0–10</source>
      <translation>rechte Achse: Stärke 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="199" />
      <source>shorter: about %1 times as long (%2 to %3)</source>
      <translation>kürzer: etwa %1-mal so lang (%2 bis %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="167" />
      <source>sleep quality</source>
      <translation>Schlafqualität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="124" />
      <source>spasms per day (left axis)</source>
      <translation>Krämpfe pro Tag (linke Achse)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="141" />
      <source>spasms per week (left axis)</source>
      <translation>Krämpfe pro Woche (linke Achse)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="76" />
      <source>stands out in your record</source>
      <translation>fällt in deinen Aufzeichnungen auf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="65" />
      <source>too few to compare (%1 and %2 values; %3 each needed)</source>
      <translation>zu wenige für einen Vergleich (%1 und %2 Werte; je %3 nötig)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="145" />
      <source>tried %n times, not rated</source>
      <translation>%n-mal versucht, nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="145" />
      <source>tried once, not rated</source>
      <translation>einmal versucht, nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="136" />
      <source>typical</source>
      <translation>typisch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="151" />
      <source>typical intensity</source>
      <translation>typische Stärke</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="65" />
      <source>with it: %1, %2 · without: %3, %4</source>
      <translation>mit: %1, %2 · ohne: %3, %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="139" />
      <source>worst</source>
      <translation>stärkste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="149" />
      <source>“Could be chance”: with several triggers and two windows, some ranges miss 1 by luck alone. Only a finding that stands out even after allowing for that goes without this mark.</source>
      <translation>„Könnte Zufall sein“: Bei mehreren Auslösern und zwei Abschnitten verfehlen manche Bereiche die 1 allein durch Zufall. Nur ein Ergebnis, das auch dann noch auffällt, wenn man das berücksichtigt, steht ohne diesen Hinweis da.</translation>
    </message>
  </context>
  <context>
    <name>ChartsTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" line="34" />
      <source>Charts</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" line="41" />
      <source>Make a PDF summary of a period to bring to your provider</source>
      <translation>Eine PDF-Zusammenfassung eines Zeitraums für deine Praxis erstellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" line="39" />
      <source>Provider &amp;report…</source>
      <translation>Bericht für die &amp;Praxis…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" line="34" />
      <source>Trends, insights and the provider report</source>
      <translation>Trends, Erkenntnisse und der Bericht für die Praxis</translation>
    </message>
  </context>
  <context>
    <name>CheckInForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="149" />
      <source>A minute for how the day went. Answer what you like and leave the rest blank; you can come back and change it.</source>
      <translation>Eine Minute für deinen Tag. Beantworte, was du magst, und lass den Rest leer. Du kannst später alles ändern.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="191" />
      <source>Anything else?</source>
      <translation>Sonst noch etwas?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="72" />
      <source>Calm</source>
      <translation>Ruhig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="345" />
      <source>Choose the day this check-in is for.</source>
      <translation>Wähle den Tag, für den dieser Check-in gilt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/daily_activities.py" line="26" />
      <source>Could you do your daily activities without interruption?</source>
      <translation>Konntest du deinen Alltag ohne Unterbrechung schaffen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="181" />
      <source>Daily activities</source>
      <translation>Alltag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="126" />
      <source>Daily check-in</source>
      <translation>Tages-Check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="65" />
      <source>Energy</source>
      <translation>Energie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="66" />
      <source>Exhausted</source>
      <translation>Erschöpft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="179" />
      <source>Glasses of water</source>
      <translation>Gläser Wasser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="64" />
      <source>Good</source>
      <translation>Gut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="70" />
      <source>Hardly at all</source>
      <translation>Kaum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="287" />
      <source>Here is what you saved for %1. Change anything and save again.</source>
      <translation>Das hast du für %1 gespeichert. Ändere, was du willst, und speichere erneut.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="168" />
      <source>Hours of sleep</source>
      <translation>Stunden Schlaf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="66" />
      <source>Lots of energy</source>
      <translation>Viel Energie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="64" />
      <source>Low</source>
      <translation>Niedergeschlagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="63" />
      <source>Mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="70" />
      <source>Moved freely</source>
      <translation>Frei beweglich</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="69" />
      <source>Moving about</source>
      <translation>Bewegung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="68" />
      <source>No pain</source>
      <translation>Keine Schmerzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="176" />
      <source>Not answered</source>
      <translation>Keine Angabe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="397" />
      <source>Not saved yet: please look at the note next to the field.</source>
      <translation>Noch nicht gespeichert: Bitte sieh dir den Hinweis neben dem Feld an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="196" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="67" />
      <source>Overall pain</source>
      <translation>Schmerzen insgesamt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="199" />
      <source>Save check-in</source>
      <translation>Check-in speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="203" />
      <source>Save the check-in (Ctrl+Enter from anywhere in the form)</source>
      <translation>Check-in speichern (Strg+Eingabe von überall im Formular)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="379" />
      <source>Saved for %1. Thank you for checking in.</source>
      <translation>Für %1 gespeichert. Danke für deinen Check-in.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="61" />
      <source>Sleep quality</source>
      <translation>Schlafqualität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="62" />
      <source>Slept badly</source>
      <translation>Schlecht geschlafen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="62" />
      <source>Slept well</source>
      <translation>Gut geschlafen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="71" />
      <source>Stress</source>
      <translation>Stress</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="72" />
      <source>Very stressed</source>
      <translation>Sehr gestresst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="190" />
      <source>Weakness, numbness, fever or the like</source>
      <translation>Schwäche, Taubheit, Fieber oder Ähnliches</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="189" />
      <source>What happened that day</source>
      <translation>Was an dem Tag passiert ist</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="187" />
      <source>What you did</source>
      <translation>Was du gemacht hast</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="146" />
      <source>Why a daily check-in helps</source>
      <translation>Warum ein täglicher Check-in hilft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="68" />
      <source>Worst pain</source>
      <translation>Stärkste Schmerzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="353" />
      <source>Write the hours as a number, like 7.5 or 7:30.</source>
      <translation>Gib die Stunden als Zahl ein, z. B. 7,5 oder 7:30.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="165" />
      <source>for example 7.5 or 7:30</source>
      <translation>z. B. 7,5 oder 7:30</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="186" />
      <source>for example a short walk, housework, desk work</source>
      <translation>z. B. kurzer Spaziergang, Hausarbeit, Schreibtischarbeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="147" />
      <source>how spasms affect your day</source>
      <translation>wie Krämpfe deinen Tag beeinflussen</translation>
    </message>
  </context>
  <context>
    <name>Cover</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="36" />
      <source>Break, full screen</source>
      <translation>Pause, Vollbild</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="56" />
      <source>Ends this break now; it counts as skipped</source>
      <translation>Beendet diese Pause sofort; sie zählt als übersprungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="55" />
      <source>I need my &amp;screen</source>
      <translation>Ich brauche meinen &amp;Bildschirm</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="44" />
      <source>Time left</source>
      <translation>Verbleibende Zeit</translation>
    </message>
  </context>
  <context>
    <name>DataSafety</name>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="57" />
      <source>%1 already exists.

Replace it with this export?</source>
      <translation>%1 gibt es schon.

Durch diesen Export ersetzen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="42" />
      <source>%1 check-ins</source>
      <translation>%1 Check-ins</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="40" />
      <source>%1 episodes</source>
      <translation>%1 Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="178" />
      <source>%1 recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</source>
      <translation>%1 Aufnahmen kamen ohne ihre Audiodatei: Leg die Datei …-audio.zip neben den Export und importiere noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="175" />
      <source>%1 recordings were brought into your audio folder.</source>
      <translation>%1 Aufnahmen wurden in deinen Audio-Ordner übernommen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="82" />
      <source>&amp;Back up now</source>
      <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="354" />
      <source>&amp;Backups and restore…</source>
      <translation>&amp;Sicherungen und Wiederherstellung…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="98" />
      <source>&amp;Export…</source>
      <translation>E&amp;xportieren…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="89" />
      <source>&amp;From:</source>
      <translation>&amp;Von:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="353" />
      <source>&amp;Import…</source>
      <translation>&amp;Importieren…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="62" />
      <source>&amp;JSON: one file with everything, to bring back into Fibro Desktop</source>
      <translation>&amp;JSON: eine Datei mit allem, um sie wieder in Fibro Desktop zu laden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="84" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="80" />
      <source>&amp;Restore the latest good backup</source>
      <translation>Letzte gute Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="83" />
      <source>&amp;Restore…</source>
      <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="83" />
      <source>&amp;Save what can be read…</source>
      <translation>&amp;Lesbares speichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="90" />
      <source>&amp;To:</source>
      <translation>&amp;Bis:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="42" />
      <source>1 check-in</source>
      <translation>1 Check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="40" />
      <source>1 episode</source>
      <translation>1 Krampf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="110" />
      <source>A copy of each backup also goes to: %1</source>
      <translation>Eine Kopie jeder Sicherung geht auch nach: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="24" />
      <source>After changes, at exit</source>
      <translation>Nach Änderungen, beim Beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="54" />
      <source>An export is a copy of your data in an open format, to keep, to move to another computer, or to open in a spreadsheet. It stays where you save it; nothing is sent.</source>
      <translation>Ein Export ist eine Kopie deiner Daten in einem offenen Format: zum Aufbewahren, zum Umziehen auf einen anderen Computer oder zum Öffnen in einer Tabellenkalkulation. Er bleibt dort, wo du ihn speicherst; nichts wird verschickt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="390" />
      <source>Back up now</source>
      <translation>Jetzt sichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="173" />
      <source>Backup made and checked.</source>
      <translation>Sicherung erstellt und geprüft.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="253" />
      <source>Backup restored. Your data as it was before is kept as a backup too.</source>
      <translation>Sicherung wiederhergestellt. Deine bisherigen Daten sind ebenfalls als Sicherung aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="33" />
      <source>Backups and restore</source>
      <translation>Sicherungen und Wiederherstellung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="391" />
      <source>Backups and restore…</source>
      <translation>Sicherungen und Wiederherstellung…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="49" />
      <source>Backups, newest first</source>
      <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="29" />
      <source>Before a passphrase change</source>
      <translation>Vor einer Änderung der Passphrase</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="26" />
      <source>Before a restore</source>
      <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="27" />
      <source>Before an import</source>
      <translation>Vor einem Import</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="28" />
      <source>Before an update of your data</source>
      <translation>Vor einer Aktualisierung deiner Daten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="64" />
      <source>CSV in a &amp;folder: the same, as loose files</source>
      <translation>CSV in einem &amp;Ordner: dasselbe, als einzelne Dateien</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="63" />
      <source>CSV in a &amp;zip: one table per file, for spreadsheets</source>
      <translation>CSV in einer &amp;ZIP-Datei: eine Tabelle pro Datei, für Tabellenkalkulationen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" line="66" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="36" />
      <source>Cannot be read</source>
      <translation>Nicht lesbar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="67" />
      <source>Choose &amp;folder…</source>
      <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="68" />
      <source>Choose a second folder for copies of backups</source>
      <translation>Einen zweiten Ordner für Kopien der Sicherungen wählen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="43" />
      <source>Choose an export to import</source>
      <translation>Export zum Importieren wählen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="111" />
      <source>Copies to a second folder (say, one your own sync service watches): off.</source>
      <translation>Kopien in einen zweiten Ordner (etwa einen, den dein eigener Sync-Dienst beobachtet): aus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="23" />
      <source>Daily</source>
      <translation>Täglich</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="145" />
      <source>Delete the backup from %1 (%2) for good?

Your data and your other backups are not touched.</source>
      <translation>Die Sicherung vom %1 (%2) endgültig löschen?

Deine Daten und deine anderen Sicherungen bleiben unberührt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="70" />
      <source>Details: %1</source>
      <translation>Details: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="58" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="33" />
      <source>Export (*%1)</source>
      <translation>Export (*%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="118" />
      <source>Export cancelled. Nothing was written.</source>
      <translation>Export abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="362" />
      <source>Export what can be read</source>
      <translation>Lesbares exportieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="49" />
      <source>Export your data</source>
      <translation>Deine Daten exportieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="111" />
      <source>Exported %1 entries from %2 tables to %3.</source>
      <translation>%1 Einträge aus %2 Tabellen nach %3 exportiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="109" />
      <source>Exporting your data…</source>
      <translation>Deine Daten werden exportiert…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="542" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="44" />
      <source>Fibro Desktop exports (*.json *.zip %1)</source>
      <translation>Fibro-Desktop-Exporte (*.json *.zip %1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="38" />
      <source>Fibro Desktop keeps a checked copy of your data every day you use it and after changes, for the last week, month and year. Backups made before an import, a restore, an update or a passphrase change are kept for 90 days, so you can always undo them. Your own recordings are kept with the backups too. Restoring a backup first saves your data as it is now, so nothing is lost.</source>
      <translation>Fibro Desktop bewahrt an jedem Tag, an dem du es nutzt, und nach Änderungen eine geprüfte Kopie deiner Daten auf, für die letzte Woche, den letzten Monat und das letzte Jahr. Sicherungen vor einem Import, einer Wiederherstellung, einer Aktualisierung oder einer Änderung der Passphrase werden 90 Tage aufbewahrt, damit du sie immer rückgängig machen kannst. Deine eigenen Aufnahmen werden mit den Sicherungen aufbewahrt. Bevor eine Sicherung wiederhergestellt wird, werden deine aktuellen Daten gesichert, damit nichts verloren geht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="165" />
      <source>Folder for copies of your backups</source>
      <translation>Ordner für Kopien deiner Sicherungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="28" />
      <source>Folder to put the export folder in</source>
      <translation>Ordner, in den der Export-Ordner kommt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="59" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="139" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="141" />
      <source>Import %1 entries from %2?

Entries you already have are recognised and skipped. Your data is backed up first.</source>
      <translation>%1 Einträge aus %2 importieren?

Einträge, die du schon hast, werden erkannt und übersprungen. Deine Daten werden vorher gesichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="154" />
      <source>Import cancelled. Nothing was changed.</source>
      <translation>Import abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="150" />
      <source>Imported %1 new entries; %2 were already there.</source>
      <translation>%1 neue Einträge importiert; %2 waren schon da.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="149" />
      <source>Importing…</source>
      <translation>Wird importiert…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="72" />
      <source>Include my own &amp;recordings (in a second file, …-audio.zip, saved beside the export; keep the two together)</source>
      <translation>Meine eigenen &amp;Aufnahmen mitnehmen (in einer zweiten Datei, …-audio.zip, neben dem Export gespeichert; bewahr die beiden zusammen auf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="62" />
      <source>Latest good backup: %1, holding %2.</source>
      <translation>Letzte gute Sicherung: %1, mit %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="25" />
      <source>Made by you</source>
      <translation>Von dir erstellt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="168" />
      <source>Making a backup and checking it…</source>
      <translation>Sicherung wird erstellt und geprüft…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="59" />
      <source>No backups yet. The first one is made today, or press “Back up now”.</source>
      <translation>Noch keine Sicherungen. Die erste wird heute erstellt, oder drück auf „Jetzt sichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="573" />
      <source>Nothing could be read: %1</source>
      <translation>Nichts konnte gelesen werden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="288" />
      <source>Nothing could be saved: %1</source>
      <translation>Nichts konnte gespeichert werden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="138" />
      <source>Nothing was imported. %1</source>
      <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="156" />
      <source>Nothing was imported: the recordings could not be copied (%1).</source>
      <translation>Es wurde nichts importiert: Die Aufnahmen konnten nicht kopiert werden (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="79" />
      <source>Only &amp;these days:</source>
      <translation>Nur &amp;diese Tage:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="282" />
      <source>Please choose a place outside the data folder: nothing is ever written there but your data itself.</source>
      <translation>Bitte wähle einen Ort außerhalb des Datenordners: Dort wird nie etwas anderes geschrieben als deine Daten selbst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" line="67" />
      <source>Please wait</source>
      <translation>Bitte warten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="84" />
      <source>Re&amp;move…</source>
      <translation>&amp;Entfernen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="85" />
      <source>Remove the selected backup</source>
      <translation>Ausgewählte Sicherung entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="144" />
      <source>Remove this backup?</source>
      <translation>Diese Sicherung entfernen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="135" />
      <source>Replace your data by the backup from %1 (%2)?

Your data as it is now is saved as a backup first, so you can go back.</source>
      <translation>Deine Daten durch die Sicherung vom %1 (%2) ersetzen?

Deine aktuellen Daten werden vorher als Sicherung gespeichert, damit du zurückkannst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="361" />
      <source>Restore a backup</source>
      <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="522" />
      <source>Restore failed</source>
      <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="134" />
      <source>Restore this backup?</source>
      <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="70" />
      <source>S&amp;top copying</source>
      <translation>Kopieren &amp;beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="32" />
      <source>Save the export as</source>
      <translation>Export speichern unter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="455" />
      <source>Save what can be read as</source>
      <translation>Lesbares speichern unter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="289" />
      <source>Saved %1 entries to %2.</source>
      <translation>%1 Einträge nach %2 gespeichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="43" />
      <source>Settings only, no entries yet</source>
      <translation>Nur Einstellungen, noch keine Einträge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="87" />
      <source>Start &amp;with no data (backups kept)</source>
      <translation>&amp;Ohne Daten starten (Sicherungen bleiben)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="133" />
      <source>The backup was removed.</source>
      <translation>Die Sicherung wurde entfernt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="120" />
      <source>The export could not be written: %1</source>
      <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="116" />
      <source>The first day is after the last day. Please swap them.</source>
      <translation>Der erste Tag liegt nach dem letzten. Bitte tausch sie.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="66" />
      <source>There is no good backup to go back to.</source>
      <translation>Es gibt keine gute Sicherung, zu der du zurückkannst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="291" />
      <source>These parts could not be read: %1.</source>
      <translation>Diese Teile konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="95" />
      <source>This place is inside Fibro Desktop's own data folder, where your data and its backups live. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Dieser Ort liegt in Fibro Desktops eigenem Datenordner, in dem deine Daten und ihre Sicherungen liegen. Es wurde nichts geschrieben. Bitte wähle einen anderen Ort, etwa deinen Ordner „Dokumente“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="564" />
      <source>This place is inside Fibro Desktop's own data folder. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Dieser Ort liegt in Fibro Desktops eigenem Datenordner. Es wurde nichts geschrieben. Bitte wähle einen anderen Ort, etwa deinen Ordner „Dokumente“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="48" />
      <source>What it holds</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="48" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="48" />
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="47" />
      <source>Your data could not be opened</source>
      <translation>Deine Daten konnten nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="35" />
      <source>Your data could not be opened. It has not been changed. You can go back to your latest good backup, or save what can still be read to a file first.</source>
      <translation>Deine Daten konnten nicht geöffnet werden. Sie wurden nicht verändert. Du kannst zu deiner letzten guten Sicherung zurückgehen oder zuerst speichern, was sich noch lesen lässt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="32" />
      <source>Your data file is damaged, perhaps by a crash of the computer or a problem with the disk. It has not been changed. You can go back to your latest good backup (the damaged file is kept aside, not deleted), or save what can still be read to a file first.</source>
      <translation>Deine Datendatei ist beschädigt, vielleicht durch einen Absturz des Computers oder ein Problem mit der Festplatte. Sie wurde nicht verändert. Du kannst zu deiner letzten guten Sicherung zurückgehen (die beschädigte Datei wird beiseitegelegt, nicht gelöscht) oder zuerst speichern, was sich noch lesen lässt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="28" />
      <source>Your data file is empty or missing, but backups of your data are here, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing has been changed. You can go back to your latest good backup.</source>
      <translation>Deine Datendatei ist leer oder fehlt, aber es gibt Sicherungen deiner Daten. Das ist also kein Neuanfang: Die Daten sind wahrscheinlich durch einen Absturz, eine volle Festplatte oder einen Sync-Dienst verloren gegangen. Es wurde nichts verändert. Du kannst zu deiner letzten guten Sicherung zurückgehen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="52" />
      <source>Your data needs attention</source>
      <translation>Deine Daten brauchen Aufmerksamkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="24" />
      <source>Your data was saved by a newer version of Fibro Desktop than this one. This version cannot safely change it, so it has not touched it. Please install the newer version again; or, to go on with this one, restore an earlier backup.</source>
      <translation>Deine Daten wurden von einer neueren Version von Fibro Desktop gespeichert. Diese Version kann sie nicht sicher ändern und hat sie daher nicht angerührt. Bitte installiere die neuere Version wieder oder stell eine ältere Sicherung wieder her, um mit dieser Version weiterzumachen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="115" />
      <source>Your recordings are in %1 beside it; keep the two files together.</source>
      <translation>Deine Aufnahmen liegen in %1 daneben; bewahr die beiden Dateien zusammen auf.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="332" />
      <source>the disk is full.</source>
      <translation>die Festplatte ist voll.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="334" />
      <source>this folder cannot be written to.</source>
      <translation>in diesen Ordner kann nicht geschrieben werden.</translation>
    </message>
  </context>
  <context>
    <name>DayChooser</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" line="65" />
      <source>Day of this check-in</source>
      <translation>Tag dieses Check-ins</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" line="42" />
      <source>It is just after midnight. Which day is this check-in for?</source>
      <translation>Es ist kurz nach Mitternacht. Für welchen Tag ist dieser Check-in?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" line="111" />
      <source>Today, %1</source>
      <translation>Heute, %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" line="112" />
      <source>Yesterday, %1</source>
      <translation>Gestern, %1</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="23" />
      <source>Fibro Desktop is not a medical device and does not diagnose anything. It helps you keep notes and habits. Always talk to your doctor or care team about your symptoms and before changing any treatment.</source>
      <translation>Fibro Desktop ist kein Medizinprodukt und stellt keine Diagnosen. Es hilft dir, Notizen und Gewohnheiten festzuhalten. Sprich immer mit deiner Ärztin oder deinem Arzt oder deinem Behandlungsteam über deine Beschwerden und bevor du eine Behandlung änderst.</translation>
    </message>
  </context>
  <context>
    <name>DoseLogger</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="105" />
      <source>Amount</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="129" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="115" />
      <source>Did it help?</source>
      <translation>Hat es geholfen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="138" />
      <source>Log a dose</source>
      <translation>Dosis eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="157" />
      <source>Log a dose: %1</source>
      <translation>Dosis eintragen: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="114" />
      <source>Not said</source>
      <translation>Keine Angabe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="93" />
      <source>Now</source>
      <translation>Jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="126" />
      <source>Save dose</source>
      <translation>Dosis speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="94" />
      <source>Set the time to now</source>
      <translation>Zeit auf jetzt setzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="120" />
      <source>Side effects</source>
      <translation>Nebenwirkungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="109" />
      <source>Skipped</source>
      <translation>Ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="109" />
      <source>Taken</source>
      <translation>Genommen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="110" />
      <source>Taken or skipped</source>
      <translation>Genommen oder ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="99" />
      <source>Time</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="92" />
      <source>Time taken</source>
      <translation>Zeitpunkt der Einnahme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="119" />
      <source>anything you noticed, for example drowsiness</source>
      <translation>was dir aufgefallen ist, z. B. Müdigkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="104" />
      <source>as you write it</source>
      <translation>so wie du es schreibst</translation>
    </message>
  </context>
  <context>
    <name>Encryption</name>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="211" />
      <source>%1 older backups were left as they were (made with another passphrase, or kept unencrypted as you asked).</source>
      <translation>%1 ältere Sicherungen wurden gelassen, wie sie waren (mit einer anderen Passphrase erstellt oder, wie gewünscht, unverschlüsselt aufbewahrt).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="45" />
      <source>&amp;Change passphrase</source>
      <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="91" />
      <source>&amp;Keep an unencrypted copy of my data as a backup</source>
      <translation>&amp;Unverschlüsselte Kopie meiner Daten als Sicherung behalten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="76" />
      <source>&amp;New passphrase:</source>
      <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="58" />
      <source>&amp;Open</source>
      <translation>&amp;Öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="46" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="41" />
      <source>&amp;Protect my data</source>
      <translation>Meine Daten &amp;schützen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="221" />
      <source>&amp;Protect with a passphrase…</source>
      <translation>Mit Passphrase &amp;absichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="59" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="49" />
      <source>&amp;Remove protection</source>
      <translation>Schutz &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="78" />
      <source>&amp;Repeat it:</source>
      <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="49" />
      <source>&amp;Show passphrase</source>
      <translation>Passphrase &amp;zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="85" />
      <source>&amp;Show passphrases</source>
      <translation>Passphrasen &amp;zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="172" />
      <source>A backup of your data could not be made first, so nothing was changed: %1</source>
      <translation>Es konnte vorher keine Sicherung deiner Daten erstellt werden, daher wurde nichts verändert: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="94" />
      <source>An unencrypted copy can be read by anyone who can open your files, so it undoes the protection; it is only a safety net for a forgotten passphrase. Without it, your existing backups are encrypted too. Copies already in a second backup folder, and exports, are not changed.</source>
      <translation>Eine unverschlüsselte Kopie kann jeder lesen, der deine Dateien öffnen kann. Sie hebt den Schutz also auf und ist nur ein Sicherheitsnetz für eine vergessene Passphrase. Ohne sie werden auch deine vorhandenen Sicherungen verschlüsselt. Kopien in einem zweiten Sicherungsordner und Exporte werden nicht verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="222" />
      <source>C&amp;hange passphrase…</source>
      <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="72" />
      <source>C&amp;urrent passphrase:</source>
      <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="103" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="43" />
      <source>Change passphrase</source>
      <translation>Passphrase ändern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="43" />
      <source>Change your passphrase</source>
      <translation>Deine Passphrase ändern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="132" />
      <source>Changing how your data is protected…</source>
      <translation>Der Schutz deiner Daten wird geändert…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="72" />
      <source>Current passphrase</source>
      <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="43" />
      <source>Enter your passphrase</source>
      <translation>Gib deine Passphrase ein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="135" />
      <source>Fibro Desktop is changing how your data is protected.</source>
      <translation>Fibro Desktop ändert gerade, wie deine Daten geschützt sind.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" line="15" />
      <source>If the passphrase is forgotten, this data cannot be opened again: it cannot be recovered or reset, by anyone. Write it down and keep it somewhere safe.</source>
      <translation>Wenn die Passphrase vergessen wird, lassen sich diese Daten nie wieder öffnen: Niemand kann sie wiederherstellen oder zurücksetzen. Schreib sie auf und bewahr sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="88" />
      <source>Is Caps Lock on, or is another keyboard layout active?</source>
      <translation>Ist die Feststelltaste an oder ein anderes Tastaturlayout aktiv?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="92" />
      <source>Keep an unencrypted copy of my data as a backup</source>
      <translation>Unverschlüsselte Kopie meiner Daten als Sicherung behalten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="128" />
      <source>Making a backup of your data first…</source>
      <translation>Zuerst wird eine Sicherung deiner Daten erstellt…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" line="45" />
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="76" />
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="46" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="123" />
      <source>Please choose a passphrase of at least %1 characters; a few words make a good one.</source>
      <translation>Bitte wähle eine Passphrase mit mindestens %1 Zeichen; ein paar Wörter ergeben eine gute.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="120" />
      <source>Please enter your current passphrase.</source>
      <translation>Bitte gib deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="75" />
      <source>Please enter your passphrase.</source>
      <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="37" />
      <source>Protect with a passphrase</source>
      <translation>Mit Passphrase absichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="37" />
      <source>Protect your data with a passphrase</source>
      <translation>Deine Daten mit einer Passphrase schützen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="223" />
      <source>Remove passphrase p&amp;rotection…</source>
      <translation>Passphrase-Schutz entfe&amp;rnen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="46" />
      <source>Remove protection</source>
      <translation>Schutz entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="46" />
      <source>Remove the passphrase protection</source>
      <translation>Den Passphrase-Schutz entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="78" />
      <source>Repeat the new passphrase</source>
      <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="50" />
      <source>Show passphrase</source>
      <translation>Passphrase zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="86" />
      <source>Show passphrases</source>
      <translation>Passphrasen zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="120" />
      <source>That is not your current passphrase. Nothing was changed.</source>
      <translation>Das ist nicht deine aktuelle Passphrase. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="59" />
      <source>That passphrase does not open your data. Nothing was changed; please try again.</source>
      <translation>Diese Passphrase öffnet deine Daten nicht. Es wurde nichts verändert; bitte versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="128" />
      <source>The new passphrase is the same as the current one.</source>
      <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="126" />
      <source>The two new passphrases are not the same.</source>
      <translation>Die beiden neuen Passphrasen sind nicht gleich.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="209" />
      <source>The unencrypted copy you asked for is kept at: %1</source>
      <translation>Die gewünschte unverschlüsselte Kopie liegt hier: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="44" />
      <source>Your data and its backups will be encrypted again with the new passphrase.</source>
      <translation>Deine Daten und ihre Sicherungen werden mit der neuen Passphrase neu verschlüsselt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="206" />
      <source>Your data is no longer protected with a passphrase.</source>
      <translation>Deine Daten sind nicht mehr mit einer Passphrase geschützt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="204" />
      <source>Your data is now protected with your passphrase.</source>
      <translation>Deine Daten sind jetzt mit deiner Passphrase geschützt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="38" />
      <source>Your data is protected</source>
      <translation>Deine Daten sind geschützt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="38" />
      <source>Your journal and its backups will be encrypted on disk. Fibro Desktop will ask for the passphrase each time it starts. Settings and the log file stay unencrypted; they hold no journal entries. Exports you save are not encrypted.</source>
      <translation>Dein Tagebuch und seine Sicherungen werden auf der Festplatte verschlüsselt. Fibro Desktop fragt bei jedem Start nach der Passphrase. Einstellungen und die Protokolldatei bleiben unverschlüsselt; sie enthalten keine Tagebucheinträge. Exporte, die du speicherst, sind nicht verschlüsselt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="47" />
      <source>Your journal and its backups will be stored without encryption again, protected only by your computer account. Fibro Desktop will no longer ask for a passphrase.</source>
      <translation>Dein Tagebuch und seine Sicherungen werden wieder ohne Verschlüsselung gespeichert, nur durch dein Benutzerkonto auf dem Computer geschützt. Fibro Desktop fragt nicht mehr nach einer Passphrase.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="44" />
      <source>Your journal is encrypted with a passphrase you chose. Enter it to open your data.</source>
      <translation>Dein Tagebuch ist mit einer Passphrase verschlüsselt, die du gewählt hast. Gib sie ein, um deine Daten zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="205" />
      <source>Your passphrase is changed.</source>
      <translation>Deine Passphrase ist geändert.</translation>
    </message>
  </context>
  <context>
    <name>EpisodeEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="107" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="74" />
      <source> min to relief</source>
      <translation> Min. bis zur Linderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="276" />
      <source>Activity</source>
      <translation>Aktivität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="308" />
      <source>Another thing you tried, in your own words</source>
      <translation>Noch etwas, das ich versucht habe, in eigenen Worten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="69" />
      <source>Did %1 help?</source>
      <translation>Hat %1 geholfen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="326" />
      <source>Did any of these come with it?</source>
      <translation>Kam etwas davon dazu?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="66" />
      <source>Did it help?</source>
      <translation>Hat es geholfen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="482" />
      <source>Discard changes</source>
      <translation>Änderungen verwerfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="320" />
      <source>Effect on %1, 0 to 10</source>
      <translation>Auswirkung auf %1, 0 bis 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="283" />
      <source>For example: typing, climbing stairs</source>
      <translation>Zum Beispiel: Tippen, Treppensteigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="200" />
      <source>How long it lasted</source>
      <translation>Wie lange er gedauert hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="199" />
      <source>How long the spasm lasted, in minutes</source>
      <translation>Wie lange der Krampf gedauert hat, in Minuten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="313" />
      <source>How much it affected me (0 = not at all, 10 = a lot)</source>
      <translation>Wie sehr es mich beeinträchtigt hat (0 = gar nicht, 10 = sehr)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="266" />
      <source>In one place: one muscle group.</source>
      <translation>An einer Stelle: eine Muskelgruppe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="236" />
      <source>Intensity (0-10)</source>
      <translation>Stärke (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="197" />
      <source>It's still going</source>
      <translation>Hält noch an</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="481" />
      <source>Keep editing</source>
      <translation>Weiter bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="479" />
      <source>Keep your changes?</source>
      <translation>Änderungen behalten?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="226" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="75" />
      <source>Minutes until %1 eased it</source>
      <translation>Minuten, bis %1 geholfen hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="318" />
      <source>Mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="319" />
      <source>Moving around</source>
      <translation>Bewegung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="268" />
      <source>Moving around: %1 muscle groups.</source>
      <translation>Wandernd: %1 Muskelgruppen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="130" />
      <source>New spasm entry</source>
      <translation>Neuer Krampf-Eintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="273" />
      <source>Not said</source>
      <translation>Keine Angabe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="348" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="155" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="281" />
      <source>Sleep</source>
      <translation>Schlaf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="307" />
      <source>Something else I tried (your own words)</source>
      <translation>Etwas anderes, das ich versucht habe (eigene Worte)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="130" />
      <source>Spasm details</source>
      <translation>Details zum Krampf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="195" />
      <source>Started</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="336" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Danke, dass du das notierst. Solche Zeichen solltest du ärztlich abklären lassen. Wenn sie plötzlich oder heftig auftreten, hol dir sofort Hilfe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="203" />
      <source>Time until back to normal</source>
      <translation>Zeit, bis wieder alles normal war</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="202" />
      <source>Time until back to normal, in minutes</source>
      <translation>Zeit, bis wieder alles normal war, in Minuten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="300" />
      <source>What I tried, and whether it helped</source>
      <translation>Was ich versucht habe und ob es geholfen hat</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="284" />
      <source>What I was doing</source>
      <translation>Was ich gerade gemacht habe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="291" />
      <source>What came before it</source>
      <translation>Was davor war</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="223" />
      <source>What do the kinds mean?</source>
      <translation>Was bedeuten die Arten?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="219" />
      <source>What it was</source>
      <translation>Was es war</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="271" />
      <source>What was going on</source>
      <translation>Was los war</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="191" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="247" />
      <source>Where (click the body, or Tab to a place and press Space)</source>
      <translation>Wo (klick auf den Körper oder geh mit Tab zu einer Stelle und drück die Leertaste)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="480" />
      <source>You changed this entry. What would you like to do?</source>
      <translation>Du hast diesen Eintrag geändert. Was möchtest du tun?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="314" />
      <source>a lot</source>
      <translation>sehr</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="235" />
      <source>barely</source>
      <translation>kaum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="72" />
      <source>minutes to relief</source>
      <translation>Minuten bis zur Linderung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="314" />
      <source>not at all</source>
      <translation>gar nicht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="106" />
      <source>not sure</source>
      <translation>unsicher</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="224" />
      <source>the kinds of spasm</source>
      <translation>die Arten von Krämpfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="235" />
      <source>worst</source>
      <translation>am stärksten</translation>
    </message>
  </context>
  <context>
    <name>EpisodeTimelineModel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="127" />
      <source>details can be added</source>
      <translation>Details können ergänzt werden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="119" />
      <source>intensity %1 of 10</source>
      <translation>Stärke %1 von 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="123" />
      <source>still going</source>
      <translation>hält noch an</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="129" />
      <source>warning sign noted</source>
      <translation>Warnzeichen notiert</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="42" />
      <source>&amp;Copy details</source>
      <translation>Details &amp;kopieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="39" />
      <source>Error details</source>
      <translation>Fehlerdetails</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="29" />
      <source>Fibro Desktop ran into a problem it did not expect. Your saved entries are safe. You can keep working; if this happens again, the details below help to fix it.</source>
      <translation>Fibro Desktop ist auf ein unerwartetes Problem gestoßen. Deine gespeicherten Einträge sind sicher. Du kannst weiterarbeiten; wenn das noch einmal passiert, helfen die Details unten, es zu beheben.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="26" />
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="33" />
      <source>They are also in the log file: %1</source>
      <translation>Sie stehen auch in der Protokolldatei: %1</translation>
    </message>
  </context>
  <context>
    <name>GlobalHotkey</name>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" line="129" />
      <source>On macOS a shortcut that works in every program needs a permission Fibro Desktop does not ask for. You can add one in System Settings → Keyboard → Keyboard Shortcuts that opens Fibro Desktop.</source>
      <translation>Unter macOS braucht ein Kürzel, das in jedem Programm funktioniert, eine Berechtigung, um die Fibro Desktop nicht bittet. Du kannst unter Systemeinstellungen → Tastatur → Tastaturkurzbefehle eines anlegen, das Fibro Desktop öffnet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" line="134" />
      <source>This desktop does not let apps take a shortcut from other programs. You can add one in your system's keyboard settings that starts Fibro Desktop.</source>
      <translation>Dieser Desktop erlaubt Apps nicht, anderen Programmen ein Tastenkürzel wegzunehmen. Du kannst in den Tastatureinstellungen deines Systems eines anlegen, das Fibro Desktop startet.</translation>
    </message>
  </context>
  <context>
    <name>GlobalShortcut</name>
    <message>
      <location filename="../../fibro_desktop/wiring/global_shortcut.py" line="55" />
      <source>The shortcut %1 for logging a spasm could not be set up: another program may already use it. You can choose other keys in Settings.</source>
      <translation>Das Tastenkürzel %1 zum Eintragen eines Krampfs konnte nicht eingerichtet werden: Vielleicht nutzt es schon ein anderes Programm. In den Einstellungen kannst du andere Tasten wählen.</translation>
    </message>
  </context>
  <context>
    <name>GuideReader</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/reader.py" line="51" />
      <source>Guide text</source>
      <translation>Ratgebertext</translation>
    </message>
  </context>
  <context>
    <name>JournalFilters</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="41" />
      <source>All time</source>
      <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="51" />
      <source>Any trigger</source>
      <translation>Jeder Auslöser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="47" />
      <source>Anywhere</source>
      <translation>Überall</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="61" />
      <source>Clear the filters</source>
      <translation>Filter zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="43" />
      <source>Every kind</source>
      <translation>Jede Art</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="59" />
      <source>Kind of spasm</source>
      <translation>Art des Krampfs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="41" />
      <source>Last %1 days</source>
      <translation>Letzte %1 Tage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="60" />
      <source>Muscle group</source>
      <translation>Muskelgruppe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="59" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="55" />
      <source>Search notes</source>
      <translation>Notizen durchsuchen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="61" />
      <source>Search the notes</source>
      <translation>Notizen durchsuchen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="57" />
      <source>Show all</source>
      <translation>Alle zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="64" />
      <source>Show:</source>
      <translation>Zeigen:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="60" />
      <source>Trigger</source>
      <translation>Auslöser</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="204" />
      <source>%1 entries</source>
      <translation>%1 Einträge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="154" />
      <source>Back to normal now</source>
      <translation>Jetzt wieder normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="155" />
      <source>Count the time until back to normal from its start to now</source>
      <translation>Die Zeit bis „wieder normal“ vom Beginn bis jetzt zählen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="98" />
      <source>Daily check-in</source>
      <translation>Tages-Check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="149" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="175" />
      <source>Delete entry</source>
      <translation>Eintrag löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="96" />
      <source>Episodes</source>
      <translation>Krämpfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="153" />
      <source>It has stopped: count how long it lasted from its start to now</source>
      <translation>Er ist vorbei: Dauer vom Beginn bis jetzt zählen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="152" />
      <source>It's over now</source>
      <translation>Jetzt vorbei</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="66" />
      <source>Journal</source>
      <translation>Tagebuch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="95" />
      <source>Journal sections</source>
      <translation>Bereiche im Tagebuch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="75" />
      <source>Log a spasm</source>
      <translation>Krampf eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="98" />
      <source>Medications</source>
      <translation>Medikamente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="78" />
      <source>New entry with details…</source>
      <translation>Neuer Eintrag mit Details…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="200" />
      <source>No entries match these filters.</source>
      <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="201" />
      <source>Nothing logged yet. When a spasm comes, press "Log a spasm": how strong it is is enough, details can wait.</source>
      <translation>Noch nichts eingetragen. Wenn ein Krampf kommt, drück auf „Krampf eintragen“: Wie stark er ist, reicht. Details können warten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="148" />
      <source>Open details</source>
      <translation>Details öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="291" />
      <source>Put back the entry as it was before your last edit (Ctrl+Z)</source>
      <translation>Den Eintrag so zurückholen, wie er vor deiner letzten Änderung war (Strg+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="290" />
      <source>Put back the entry you deleted (Ctrl+Z)</source>
      <translation>Den gelöschten Eintrag zurückholen (Strg+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="76" />
      <source>Three steps: open, choose how strong, save</source>
      <translation>Drei Schritte: öffnen, Stärke wählen, speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="150" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="289" />
      <source>Undo delete</source>
      <translation>Löschen rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="289" />
      <source>Undo edit</source>
      <translation>Änderung rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="82" />
      <source>What is worth noting?</source>
      <translation>Was lohnt sich zu notieren?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="83" />
      <source>what to note about a spasm</source>
      <translation>was du zu einem Krampf notieren kannst</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="68" />
      <source>&amp;Log a spasm…</source>
      <translation>&amp;Krampf eintragen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="130" />
      <source>A minute for today's check-in? Click here to open it.</source>
      <translation>Eine Minute für den heutigen Check-in? Klick hier, um ihn zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="98" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="55" />
      <source>Journal</source>
      <translation>Tagebuch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="55" />
      <source>Log spasms and daily check-ins</source>
      <translation>Krämpfe und tägliche Check-ins eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="131" />
      <source>Open the check-in</source>
      <translation>Check-in öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="129" />
      <source>Today's check-in</source>
      <translation>Heutiger Check-in</translation>
    </message>
  </context>
  <context>
    <name>Learn</name>
    <message>
      <location filename="../../fibro_desktop/wiring/learn.py" line="60" />
      <source>&amp;Learn: guides in plain words</source>
      <translation>Wissen: &amp;Ratgeber in einfachen Worten</translation>
    </message>
  </context>
  <context>
    <name>LearnLink</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" line="76" />
      <source>Learn: %1</source>
      <translation>Wissen: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" line="62" />
      <source>Opens the guide at this part</source>
      <translation>Öffnet den Ratgeber an dieser Stelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" line="61" />
      <source>this</source>
      <translation>dieses Thema</translation>
    </message>
  </context>
  <context>
    <name>LearnWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="60" />
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="58" />
      <source>&amp;Print…</source>
      <translation>&amp;Drucken…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="37" />
      <source>Guides</source>
      <translation>Ratgeber</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="52" />
      <source>Learn — Fibro Desktop</source>
      <translation>Wissen — Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="81" />
      <source>No guide mentions that. Try a shorter or different word.</source>
      <translation>Kein Ratgeber erwähnt das. Versuch ein kürzeres oder anderes Wort.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="40" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="59" />
      <source>Save as P&amp;DF…</source>
      <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="39" />
      <source>Save the guide as PDF</source>
      <translation>Ratgeber als PDF speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="30" />
      <source>Search all guides</source>
      <translation>Alle Ratgeber durchsuchen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="35" />
      <source>Search result</source>
      <translation>Suchergebnis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="82" />
      <source>Sections found: %1</source>
      <translation>Gefundene Abschnitte: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="152" />
      <source>The PDF was not saved</source>
      <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="152" />
      <source>The guide could not be saved as %1. The folder may be read-only, or the disk may be full. Please choose another place.</source>
      <translation>Der Ratgeber konnte nicht als %1 gespeichert werden. Vielleicht ist der Ordner schreibgeschützt oder die Festplatte voll. Bitte wähle einen anderen Ort.</translation>
    </message>
  </context>
  <context>
    <name>LicencesDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="46" />
      <source>&amp;Show:</source>
      <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="71" />
      <source>Apache License 2.0 (OpenSSL)</source>
      <translation>Apache License 2.0 (OpenSSL)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="35" />
      <source>Fibro Desktop is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It comes with no warranty. It is built with other people's free software, each under its own licence, listed here.</source>
      <translation>Fibro Desktop ist freie Software: Du darfst es unter der GNU General Public License, Version 3 oder später, nutzen, weitergeben und verändern. Es kommt ohne jede Gewährleistung. Es ist mit freier Software anderer Menschen gebaut, jede unter ihrer eigenen Lizenz, die hier aufgeführt sind.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="67" />
      <source>Fibro Desktop: GNU General Public License 3</source>
      <translation>Fibro Desktop: GNU General Public License 3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="70" />
      <source>GNU Lesser General Public License 2.1 (FFmpeg)</source>
      <translation>GNU Lesser General Public License 2.1 (FFmpeg)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="69" />
      <source>GNU Lesser General Public License 3 (Qt)</source>
      <translation>GNU Lesser General Public License 3 (Qt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="50" />
      <source>Licence text</source>
      <translation>Lizenztext</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="43" />
      <source>Licence text to show</source>
      <translation>Anzuzeigender Lizenztext</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="31" />
      <source>Licences</source>
      <translation>Lizenzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="68" />
      <source>Software included, with their notices</source>
      <translation>Enthaltene Software mit ihren Hinweisen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="54" />
      <source>The licence files are missing from this installation. Fibro Desktop is released under the GNU General Public License, version 3 or later.</source>
      <translation>Die Lizenzdateien fehlen in dieser Installation. Fibro Desktop wird unter der GNU General Public License, Version 3 oder später, veröffentlicht.</translation>
    </message>
  </context>
  <context>
    <name>LiveEpisodes</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="58" />
      <source>%1 at %2</source>
      <translation>%1 um %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="69" />
      <source>%1 from %2 is over (%3)</source>
      <translation>%1 von %2 ist vorbei (%3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="266" />
      <source>%1 since %2</source>
      <translation>%1 seit %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="63" />
      <source>%1, still going since %2</source>
      <translation>%1, hält seit %2 an</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="203" />
      <source>And %1 more in the list below.</source>
      <translation>Und %1 weitere in der Liste unten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="197" />
      <source>Back to normal now</source>
      <translation>Jetzt wieder normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="197" />
      <source>Back to normal now: %1</source>
      <translation>Jetzt wieder normal: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="199" />
      <source>Hide</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="199" />
      <source>Hide this question: %1</source>
      <translation>Diese Frage ausblenden: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="194" />
      <source>It's over now</source>
      <translation>Jetzt vorbei</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="194" />
      <source>It's over now: %1</source>
      <translation>Jetzt vorbei: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="102" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Enter the time until back to normal here.</source>
      <translation>Seit dem Beginn ist mehr als ein Tag vergangen, daher lässt sich die Zeit nicht bis jetzt zählen. Trag hier die Zeit ein, bis wieder alles normal war.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="96" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Untick "It's still going" and enter how long it lasted.</source>
      <translation>Seit dem Beginn ist mehr als ein Tag vergangen, daher lässt sich die Zeit nicht bis jetzt zählen. Nimm den Haken bei „Hält noch an“ weg und trag ein, wie lange es gedauert hat.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="285" />
      <source>Saved: %1 lasted %2.</source>
      <translation>Gespeichert: %1 hat %2 gedauert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="284" />
      <source>Saved: back to normal %1 after it started.</source>
      <translation>Gespeichert: %1 nach dem Beginn wieder normal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="148" />
      <source>Spasms going on now</source>
      <translation>Krämpfe, die gerade anhalten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="56" />
      <source>yesterday %1</source>
      <translation>gestern %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/main_window.py" line="95" />
      <source>Sections</source>
      <translation>Bereiche</translation>
    </message>
  </context>
  <context>
    <name>Maintenance</name>
    <message>
      <location filename="../../fibro_desktop/ui/maintenance.py" line="73" />
      <source>Fibro Desktop is busy with your data file.</source>
      <translation>Fibro Desktop arbeitet gerade mit deiner Datendatei.</translation>
    </message>
  </context>
  <context>
    <name>MedicationEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="107" />
      <source>Add to your list</source>
      <translation>Zu deiner Liste hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="93" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="107" />
      <source>Change this entry</source>
      <translation>Diesen Eintrag ändern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="81" />
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="102" />
      <source>Medication or supplement</source>
      <translation>Medikament oder Nahrungsergänzung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="80" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="91" />
      <source>Save to my list</source>
      <translation>In meiner Liste speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="82" />
      <source>Usual amount</source>
      <translation>Übliche Menge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="69" />
      <source>as it is written on the pack, or as you call it</source>
      <translation>so wie es auf der Packung steht oder wie du es nennst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="38" />
      <source>capsule</source>
      <translation>Kapsel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="40" />
      <source>cream or gel</source>
      <translation>Creme oder Gel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="39" />
      <source>drink</source>
      <translation>Getränk</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="40" />
      <source>drops</source>
      <translation>Tropfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="41" />
      <source>injection</source>
      <translation>Spritze</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="39" />
      <source>powder</source>
      <translation>Pulver</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="41" />
      <source>spray</source>
      <translation>Spray</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="38" />
      <source>tablet</source>
      <translation>Tablette</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="78" />
      <source>your usual amount, in your own words</source>
      <translation>deine übliche Menge, in deinen eigenen Worten</translation>
    </message>
  </context>
  <context>
    <name>MedicationsPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="247" />
      <source>%1 is archived. Its doses stay in your journal; tick "Show archived" to bring it back.</source>
      <translation>%1 ist archiviert. Die Dosen bleiben in deinem Tagebuch; hak „Archivierte zeigen“ an, um es zurückzuholen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="250" />
      <source>%1 is back on your list.</source>
      <translation>%1 ist wieder auf deiner Liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="150" />
      <source>About this list</source>
      <translation>Über diese Liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="158" />
      <source>Add to my list</source>
      <translation>Zu meiner Liste hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="103" />
      <source>Archive</source>
      <translation>Archivieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="105" />
      <source>Archive %1</source>
      <translation>%1 archivieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="103" />
      <source>Bring back</source>
      <translation>Zurückholen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="105" />
      <source>Bring back %1</source>
      <translation>%1 zurückholen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="197" />
      <source>Delete the selected dose</source>
      <translation>Ausgewählte Dosis löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="196" />
      <source>Delete this dose</source>
      <translation>Diese Dosis löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="296" />
      <source>Dose deleted.</source>
      <translation>Dosis gelöscht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="101" />
      <source>Edit</source>
      <translation>Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="102" />
      <source>Edit %1</source>
      <translation>%1 bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="141" />
      <source>How medicines fit in</source>
      <translation>Wo Medikamente dazugehören</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="98" />
      <source>Log a dose</source>
      <translation>Dosis eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="99" />
      <source>Log a dose of %1</source>
      <translation>Eine Dosis %1 eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="264" />
      <source>Logged %1 at %2.</source>
      <translation>%1 um %2 eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="124" />
      <source>Medications and supplements</source>
      <translation>Medikamente und Nahrungsergänzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="186" />
      <source>No doses logged in the last two weeks.</source>
      <translation>In den letzten zwei Wochen keine Dosen eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="266" />
      <source>Noted that %1 was skipped at %2.</source>
      <translation>Notiert, dass %1 um %2 ausgelassen wurde.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="164" />
      <source>Nothing here yet. Add what you take, in your own words, and logging a dose becomes two clicks.</source>
      <translation>Hier ist noch nichts. Füg hinzu, was du nimmst, in deinen eigenen Worten – dann ist eine Dosis mit zwei Klicks eingetragen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="185" />
      <source>Recent doses</source>
      <translation>Letzte Dosen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="240" />
      <source>Saved %1 to your list.</source>
      <translation>%1 in deiner Liste gespeichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="156" />
      <source>Show archived</source>
      <translation>Archivierte zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="69" />
      <source>Side effects: %1</source>
      <translation>Nebenwirkungen: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="65" />
      <source>Skipped</source>
      <translation>Ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="65" />
      <source>Taken</source>
      <translation>Genommen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="306" />
      <source>The dose is back.</source>
      <translation>Die Dosis ist wieder da.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="144" />
      <source>This list only records what you write. The app never suggests a medicine, a supplement, an amount or a change; please talk to your doctor or pharmacist about those.</source>
      <translation>Diese Liste hält nur fest, was du schreibst. Die App schlägt nie ein Medikament, eine Nahrungsergänzung, eine Menge oder eine Änderung vor; sprich darüber bitte mit deiner Ärztin oder deinem Arzt oder in der Apotheke.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="199" />
      <source>Undo delete</source>
      <translation>Löschen rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="154" />
      <source>Your list</source>
      <translation>Deine Liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="92" />
      <source>archived</source>
      <translation>archiviert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="142" />
      <source>medicines and supplements</source>
      <translation>Medikamente und Nahrungsergänzungen</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" line="57" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" line="58" />
      <source>Close this notice</source>
      <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" line="39" />
      <source>Notice</source>
      <translation>Hinweis</translation>
    </message>
  </context>
  <context>
    <name>Pacing</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="57" />
      <source>%1 h %2 min</source>
      <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="56" />
      <source>%n min</source>
      <translation>%n Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="53" />
      <source>%n s</source>
      <translation>%n Sek.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="19" />
      <source>A break</source>
      <translation>Eine Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="81" />
      <source>A break is waiting until the full-screen window or Do Not Disturb ends.</source>
      <translation>Eine Pause wartet, bis das Vollbildfenster oder „Nicht stören“ endet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="105" />
      <source>A few sips now help keep muscles from cramping.</source>
      <translation>Ein paar Schlucke jetzt helfen, Muskelkrämpfen vorzubeugen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="105" />
      <source>A glass of water?</source>
      <translation>Ein Glas Wasser?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="19" />
      <source>A recovery break</source>
      <translation>Eine Erholungspause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="18" />
      <source>A short pause</source>
      <translation>Eine kurze Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="98" />
      <source>Also: a glass of water, a few sips now.</source>
      <translation>Außerdem: ein Glas Wasser, jetzt ein paar Schlucke.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="99" />
      <source>Also: feet flat, back supported, shoulders low.</source>
      <translation>Außerdem: Füße flach, Rücken gestützt, Schultern locker.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="40" />
      <source>Away anyway</source>
      <translation>Sowieso weg</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="74" />
      <source>Breaks are paused until %1.</source>
      <translation>Pausen sind bis %1 angehalten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="75" />
      <source>Breaks are paused.</source>
      <translation>Pausen sind angehalten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="24" />
      <source>Change position, let your shoulders drop, unclench your jaw, take a sip of water.</source>
      <translation>Ändere deine Haltung, lass die Schultern sinken, lockere den Kiefer, trink einen Schluck Wasser.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="46" />
      <source>Custom</source>
      <translation>Eigene</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="26" />
      <source>Desk time is on hold. Rest, use warmth or a gentle movement that helps you, and log the spasm when you are ready.</source>
      <translation>Die Bildschirmzeit ist angehalten. Ruh dich aus, nimm Wärme oder eine sanfte Bewegung, die dir hilft, und trag den Krampf ein, wenn du so weit bist.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="38" />
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="107" />
      <source>Enough desk time for today</source>
      <translation>Genug Bildschirmzeit für heute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="110" />
      <source>Feet flat, back supported, shoulders low, screen at eye height.</source>
      <translation>Füße flach, Rücken gestützt, Schultern locker, Bildschirm auf Augenhöhe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="92" />
      <source>Fibro Desktop: %1</source>
      <translation>Fibro Desktop: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="91" />
      <source>Fibro Desktop: next break in %1</source>
      <translation>Fibro Desktop: nächste Pause in %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="45" />
      <source>Flare day</source>
      <translation>Schubtag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="45" />
      <source>Gentle</source>
      <translation>Sanft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="25" />
      <source>Get up if you can. Move gently and slowly, nothing that strains or hurts.</source>
      <translation>Steh auf, wenn du kannst. Beweg dich sanft und langsam, nichts, was anstrengt oder wehtut.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="32" />
      <source>Movement break</source>
      <translation>Bewegungspause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="71" />
      <source>On a break: %1.</source>
      <translation>In der Pause: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="77" />
      <source>Outside your work hours: no breaks are timed.</source>
      <translation>Außerhalb deiner Arbeitszeit: Es werden keine Pausen getaktet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="110" />
      <source>Posture check</source>
      <translation>Haltungs-Check</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="39" />
      <source>Put off</source>
      <translation>Verschoben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="33" />
      <source>Recovery break</source>
      <translation>Erholungspause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="32" />
      <source>Short pause</source>
      <translation>Kurze Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="39" />
      <source>Skipped</source>
      <translation>Übersprungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="45" />
      <source>Standard desk day</source>
      <translation>Normaler Arbeitstag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="39" />
      <source>Taken</source>
      <translation>Gemacht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="69" />
      <source>The break timer is switched off.</source>
      <translation>Der Pausen-Timer ist ausgeschaltet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="18" />
      <source>Time to move a little</source>
      <translation>Zeit, dich ein wenig zu bewegen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="41" />
      <source>Waited for a full-screen window</source>
      <translation>Auf ein Vollbildfenster gewartet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="40" />
      <source>Worked through</source>
      <translation>Durchgearbeitet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="84" />
      <source>Working. %1 in %2.</source>
      <translation>Bei der Arbeit. %1 in %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="83" />
      <source>Working. Both kinds of break are switched off.</source>
      <translation>Bei der Arbeit. Beide Pausenarten sind ausgeschaltet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="107" />
      <source>You have reached the desk-time limit you set for today. If you can, stop here and rest. If you must go on, choose Keep going in the Pacing tab.</source>
      <translation>Du hast die Grenze für Bildschirmzeit erreicht, die du für heute festgelegt hast. Wenn du kannst, hör hier auf und ruh dich aus. Wenn du weitermachen musst, wähle im Tab „Pausen“ „Heute weitermachen“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="79" />
      <source>You have reached today's desk-time limit. Time to stop for the day, if you can.</source>
      <translation>Du hast die heutige Grenze für Bildschirmzeit erreicht. Zeit, für heute aufzuhören, wenn du kannst.</translation>
    </message>
  </context>
  <context>
    <name>PacingExercises</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="150" />
      <source>%1 (yours)</source>
      <translation>%1 (eigene)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="71" />
      <source>&amp;For:</source>
      <translation>&amp;Für:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="78" />
      <source>&amp;Moves:</source>
      <translation>&amp;Bewegt:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="56" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="63" />
      <source>&amp;Steps:</source>
      <translation>&amp;Schritte:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="122" />
      <source>Add &amp;your own…</source>
      <translation>&amp;Eigene hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="68" />
      <source>Any break</source>
      <translation>Jede Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="108" />
      <source>Exercises</source>
      <translation>Übungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="118" />
      <source>Exercises in use</source>
      <translation>Übungen in Gebrauch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="69" />
      <source>Movement breaks</source>
      <translation>Bewegungspausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="61" />
      <source>One step per line</source>
      <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="88" />
      <source>Please give it a name.</source>
      <translation>Bitte gib ihr einen Namen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="90" />
      <source>Please write at least one step.</source>
      <translation>Bitte schreib mindestens einen Schritt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="124" />
      <source>R&amp;emove yours</source>
      <translation>Eigene l&amp;öschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="68" />
      <source>Short pauses</source>
      <translation>Kurze Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="113" />
      <source>Untick any you would rather not do. Exercises that move a muscle group you logged a spasm in today are left out by themselves.</source>
      <translation>Nimm den Haken bei allem weg, was du lieber nicht machen möchtest. Übungen für eine Muskelgruppe, in der du heute einen Krampf eingetragen hast, werden von selbst weggelassen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="51" />
      <source>Your own exercise</source>
      <translation>Deine eigene Übung</translation>
    </message>
  </context>
  <context>
    <name>PacingPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="223" />
      <source> (%1)</source>
      <translation> (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="220" />
      <source>%1  %2: %3</source>
      <translation>%1  %2: %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="203" />
      <source>&amp;Keep going today</source>
      <translation>Heute we&amp;itermachen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="120" />
      <source>&amp;Not today</source>
      <translation>&amp;Nicht heute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="90" />
      <source>&amp;Pause breaks</source>
      <translation>Pausen an&amp;halten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="92" />
      <source>&amp;Resume breaks</source>
      <translation>Pausen &amp;fortsetzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="88" />
      <source>&amp;Take a break now</source>
      <translation>&amp;Jetzt Pause machen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="77" />
      <source>Break timer status</source>
      <translation>Status des Pausen-Timers</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="235" />
      <source>Breaks had: %1 of %2</source>
      <translation>Gemachte Pausen: %1 von %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="238" />
      <source>Desk time: %1</source>
      <translation>Bildschirmzeit: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" line="16" />
      <source>For 1 hour</source>
      <translation>Für 1 Stunde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" line="15" />
      <source>For 30 minutes</source>
      <translation>Für 30 Minuten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="245" />
      <source>Gentle streak: %1 days in a row with at least half your breaks</source>
      <translation>Sanfte Serie: %1 Tage hintereinander mit mindestens der Hälfte deiner Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="99" />
      <source>Logged from the Pacing tab (Spasm now)</source>
      <translation>Aus dem Tab „Pausen“ eingetragen (Krampf jetzt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="237" />
      <source>No breaks have come due yet today.</source>
      <translation>Heute war noch keine Pause fällig.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="139" />
      <source>No breaks yet today. The first one will come by itself; you can also take one whenever you like.</source>
      <translation>Heute noch keine Pausen. Die erste kommt von selbst; du kannst aber auch jederzeit eine machen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="159" />
      <source>Pacing</source>
      <translation>Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="243" />
      <source>Recovery breaks: %1</source>
      <translation>Erholungspausen: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="96" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Krampf jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="97" />
      <source>Starts a recovery break, holds desk time and opens the quick log</source>
      <translation>Startet eine Erholungspause, hält die Bildschirmzeit an und öffnet den Schnelleintrag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="83" />
      <source>Time to the next break</source>
      <translation>Zeit bis zur nächsten Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="129" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="136" />
      <source>Today at a glance</source>
      <translation>Heute auf einen Blick</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="138" />
      <source>Today's breaks</source>
      <translation>Heutige Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="113" />
      <source>Today's check-in shows a hard day. A Flare-day rhythm, with shorter spells at the desk and longer rests, may suit today better. It is your choice.</source>
      <translation>Dein heutiger Check-in zeigt einen schweren Tag. Ein Schubtag-Rhythmus mit kürzeren Zeiten am Schreibtisch und längeren Pausen passt heute vielleicht besser. Du entscheidest.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" line="17" />
      <source>Until tomorrow</source>
      <translation>Bis morgen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="118" />
      <source>Use &amp;Flare day</source>
      <translation>&amp;Schubtag nutzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="105" />
      <source>Why short breaks help</source>
      <translation>Warum kurze Pausen helfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="241" />
      <source>Worked through: %1</source>
      <translation>Durchgearbeitet: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="106" />
      <source>pacing your day</source>
      <translation>deinen Tag einteilen</translation>
    </message>
  </context>
  <context>
    <name>PacingSettingsForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="50" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="51" />
      <source> s</source>
      <translation> Sek.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="105" />
      <source>&amp;Desk time limit a day:</source>
      <translation>Bildschirmzeit pr&amp;o Tag höchstens:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="65" />
      <source>&amp;Keep breaks during full-screen windows and Do Not Disturb</source>
      <translation>Pausen auch bei Vollbildfenstern und „Nicht stören“ &amp;zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="56" />
      <source>&amp;Movement break every:</source>
      <translation>&amp;Bewegungspause alle:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="52" />
      <source>&amp;Short pause every:</source>
      <translation>Kurze Pause a&amp;lle:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="42" />
      <source>Breaks</source>
      <translation>Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Fri</source>
      <translation>Fr</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="88" />
      <source>From:</source>
      <translation>Von:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Mon</source>
      <translation>Mo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="57" />
      <source>Movement break l&amp;asts:</source>
      <translation>Bewegungspause da&amp;uert:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="63" />
      <source>No Skip button and Esc does nothing; "I need my screen" always gets you out (counted as skipped).</source>
      <translation>Kein Überspringen-Knopf und Esc tut nichts; „Ich brauche meinen Bildschirm“ bringt dich immer heraus (zählt als übersprungen).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="102" />
      <source>On:</source>
      <translation>An:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="76" />
      <source>Only durin&amp;g work hours</source>
      <translation>Nur während der &amp;Arbeitszeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="66" />
      <source>Otherwise breaks and reminders wait until the presentation or video is over.</source>
      <translation>Sonst warten Pausen und Erinnerungen, bis die Präsentation oder das Video vorbei ist.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="61" />
      <source>P&amp;ostpones per break:</source>
      <translation>&amp;Verschiebungen pro Pause:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="59" />
      <source>Postpone &amp;by:</source>
      <translation>Verschieben u&amp;m:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="109" />
      <source>Posture &amp;check every:</source>
      <translation>Haltungs-&amp;Check alle:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="49" />
      <source>R&amp;hythm:</source>
      <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="96" />
      <source>Sat</source>
      <translation>Sa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="53" />
      <source>Short pause &amp;lasts:</source>
      <translation>Kurze Pause &amp;dauert:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="68" />
      <source>Soft so&amp;und when a break starts</source>
      <translation>Leiser &amp;Ton, wenn eine Pause beginnt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="62" />
      <source>Str&amp;ict: a calm cover over every screen until the break ends</source>
      <translation>Stren&amp;g: eine ruhige Abdeckung über jedem Bildschirm, bis die Pause endet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="96" />
      <source>Sun</source>
      <translation>So</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Thu</source>
      <translation>Do</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="44" />
      <source>Time breaks for desk &amp;work</source>
      <translation>Pausen für die Schreibtischarbeit &amp;planen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Tue</source>
      <translation>Di</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="107" />
      <source>Water reminder e&amp;very:</source>
      <translation>&amp;Wasser-Erinnerung alle:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Wed</source>
      <translation>Mi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="84" />
      <source>Work ends at</source>
      <translation>Arbeitsende um</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="203" />
      <source>Work must end after it starts.</source>
      <translation>Das Arbeitsende muss nach dem Arbeitsbeginn liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="81" />
      <source>Work starts at</source>
      <translation>Arbeitsbeginn um</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="74" />
      <source>Your day</source>
      <translation>Dein Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="60" />
      <source>no limit</source>
      <translation>keine Grenze</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="50" />
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="86" />
      <source>to</source>
      <translation>bis</translation>
    </message>
  </context>
  <context>
    <name>PacingSignals</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="38" />
      <source>A locked screen counts as time away.</source>
      <translation>Ein gesperrter Bildschirm zählt als Zeit weg vom Rechner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="42" />
      <source>A locked screen is not reported here.</source>
      <translation>Ein gesperrter Bildschirm wird hier nicht gemeldet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="40" />
      <source>A locked screen is not reported here; time away from the keyboard covers it.</source>
      <translation>Ein gesperrter Bildschirm wird hier nicht gemeldet; die Zeit weg von der Tastatur deckt ihn ab.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="50" />
      <source>The app can see Do Not Disturb, so breaks can wait until it ends. Full-screen windows are not reported here.</source>
      <translation>Die App erkennt „Nicht stören“, daher können Pausen warten, bis es endet. Vollbildfenster werden hier nicht gemeldet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="44" />
      <source>The app can see a full-screen window (a film, a presentation, a game) and Do Not Disturb, so breaks can wait until they end.</source>
      <translation>Die App erkennt ein Vollbildfenster (einen Film, eine Präsentation, ein Spiel) und „Nicht stören“, daher können Pausen warten, bis beides endet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="47" />
      <source>The app can see a full-screen window (a film, a presentation, a game), so breaks can wait until it ends. Do Not Disturb is not reported here.</source>
      <translation>Die App erkennt ein Vollbildfenster (einen Film, eine Präsentation, ein Spiel), daher können Pausen warten, bis es endet. „Nicht stören“ wird hier nicht gemeldet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="53" />
      <source>This desktop does not tell the app about full-screen windows or Do Not Disturb.</source>
      <translation>Dieser Desktop teilt der App nichts über Vollbildfenster oder „Nicht stören“ mit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="35" />
      <source>This system does not let the app read how long the keyboard has been idle, so only sleep, suspend and pauses count as time away.</source>
      <translation>Dieses System lässt die App nicht lesen, wie lange die Tastatur unbenutzt war. Deshalb zählen nur Ruhezustand, Standby und Pausen als Zeit weg vom Rechner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="33" />
      <source>Time away from the keyboard and mouse counts as a break.</source>
      <translation>Zeit weg von Tastatur und Maus zählt als Pause.</translation>
    </message>
  </context>
  <context>
    <name>PacingTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="76" />
      <source>&amp;Pause breaks</source>
      <translation>Pausen an&amp;halten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="78" />
      <source>&amp;Resume breaks</source>
      <translation>Pausen &amp;fortsetzen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="80" />
      <source>&amp;Spasm now: a recovery break</source>
      <translation>&amp;Krampf jetzt: eine Erholungspause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="50" />
      <source>Break timer for desk work</source>
      <translation>Pausen-Timer für die Schreibtischarbeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="141" />
      <source>Fibro Desktop is still here</source>
      <translation>Fibro Desktop ist noch da</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="166" />
      <source>Fibro Desktop is still running</source>
      <translation>Fibro Desktop läuft noch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="81" />
      <source>Logged from the tray (Spasm now)</source>
      <translation>Aus dem Infobereich eingetragen (Krampf jetzt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="50" />
      <source>Pacing</source>
      <translation>Pausen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="74" />
      <source>Take a &amp;break now</source>
      <translation>&amp;Jetzt Pause machen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="142" />
      <source>The break timer keeps running in the tray. Choose Quit in the tray menu to close it completely.</source>
      <translation>Der Pausen-Timer läuft im Infobereich weiter. Wähle „Beenden“ im Menü des Infobereichs, um ihn ganz zu schließen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="166" />
      <source>This desktop has no tray, so Fibro Desktop was minimised instead of closed: the break timer keeps running. To bring the window back, click Fibro Desktop in the taskbar, the dock or the overview, or start it again. To close it completely, choose Quit in the File menu.</source>
      <translation>Dieser Desktop hat keinen Infobereich, daher wurde Fibro Desktop minimiert statt geschlossen: Der Pausen-Timer läuft weiter. Um das Fenster zurückzuholen, klick in der Taskleiste, im Dock oder in der Übersicht auf Fibro Desktop oder starte es neu. Um es ganz zu schließen, wähle „Beenden“ im Menü „Datei“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="170" />
      <source>To get a tray on GNOME, turn on the “AppIndicator and KStatusNotifierItem Support” extension (Ubuntu has it on already), then start Fibro Desktop again.</source>
      <translation>Für einen Infobereich unter GNOME schalte die Erweiterung „AppIndicator and KStatusNotifierItem Support“ ein (bei Ubuntu ist sie schon an) und starte Fibro Desktop dann neu.</translation>
    </message>
  </context>
  <context>
    <name>QuickLogDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="116" />
      <source>%1 min ago</source>
      <translation>vor %1 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="116" />
      <source>1 hour ago</source>
      <translation>vor 1 Stunde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="234" />
      <source>Choose how strong it is, from 0 to 10.</source>
      <translation>Wähle, wie stark er ist, von 0 bis 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="77" />
      <source>How strong is it? (0 = barely, 10 = worst)</source>
      <translation>Wie stark ist er? (0 = kaum, 10 = am stärksten)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="79" />
      <source>Intensity from 0 to 10</source>
      <translation>Stärke von 0 bis 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="142" />
      <source>It's still going</source>
      <translation>Hält noch an</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="104" />
      <source>Kind: %1</source>
      <translation>Art: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="70" />
      <source>Log a spasm</source>
      <translation>Krampf eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="115" />
      <source>Now</source>
      <translation>Jetzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="125" />
      <source>Other time…</source>
      <translation>Andere Zeit…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="146" />
      <source>Press "It's over now" when it stops: how long it lasted is counted for you</source>
      <translation>Drück auf „Jetzt vorbei“, wenn er aufhört: Die Dauer wird für dich gezählt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="160" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="161" />
      <source>Save and add details…</source>
      <translation>Speichern und Details ergänzen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="135" />
      <source>Start date and time</source>
      <translation>Startdatum und -uhrzeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="121" />
      <source>Started: %1</source>
      <translation>Beginn: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="88" />
      <source>What do these mean?</source>
      <translation>Was bedeuten sie?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="87" />
      <source>What kind?</source>
      <translation>Welche Art?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="111" />
      <source>When did it start?</source>
      <translation>Wann hat er angefangen?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="78" />
      <source>barely</source>
      <translation>kaum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="89" />
      <source>the kinds of spasm</source>
      <translation>die Arten von Krämpfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="78" />
      <source>worst</source>
      <translation>am stärksten</translation>
    </message>
  </context>
  <context>
    <name>RedFlagBanner</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="43" />
      <source>A spasm you logged as still going has lasted several hours.</source>
      <translation>Ein Krampf, den du als „hält noch an“ eingetragen hast, dauert schon mehrere Stunden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="57" />
      <source>Consider talking to your doctor about it.</source>
      <translation>Überleg, mit deiner Ärztin oder deinem Arzt darüber zu sprechen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="38" />
      <source>Frequent night spasms are worth talking over with your doctor; there may be things that help.</source>
      <translation>Häufige Krämpfe in der Nacht sind ein gutes Thema für deine Ärztin oder deinen Arzt; vielleicht gibt es etwas, das hilft.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="98" />
      <source>I've read this</source>
      <translation>Gelesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="100" />
      <source>I've read this note</source>
      <translation>Ich habe diesen Hinweis gelesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="44" />
      <source>If it has not eased, please contact your doctor. If you feel very unwell, seek urgent care. If it is over, you can note that in the journal.</source>
      <translation>Wenn er nicht nachgelassen hat, melde dich bitte bei deiner Ärztin oder deinem Arzt. Wenn es dir sehr schlecht geht, hol dir sofort Hilfe. Wenn er vorbei ist, kannst du das im Tagebuch notieren.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="54" />
      <source>If spasms make it hard to move, please talk to your doctor.</source>
      <translation>Wenn Krämpfe dir das Bewegen schwer machen, sprich bitte mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="41" />
      <source>Long spasms are worth mentioning to your doctor.</source>
      <translation>Lange Krämpfe solltest du deiner Ärztin oder deinem Arzt gegenüber erwähnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="129" />
      <source>More notes after this one: %1</source>
      <translation>Weitere Hinweise nach diesem: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="53" />
      <source>Moving around has been hard.</source>
      <translation>Bewegen ist schwergefallen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="126" />
      <source>Noticed on %1: %2</source>
      <translation>Bemerkt am %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="105" />
      <source>Read about the warning signs</source>
      <translation>Über die Warnzeichen lesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="35" />
      <source>Signs like these should be looked at by a doctor. If you feel very unwell, seek urgent care.</source>
      <translation>Solche Zeichen solltest du ärztlich abklären lassen. Wenn es dir sehr schlecht geht, hol dir sofort Hilfe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="40" />
      <source>Some spasms have been lasting a long time.</source>
      <translation>Manche Krämpfe haben lange gedauert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="111" />
      <source>Something worth talking to your doctor about</source>
      <translation>Etwas, worüber du mit deiner Ärztin oder deinem Arzt sprechen kannst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="47" />
      <source>Spasms have been coming many times a day, on most days of a week.</source>
      <translation>Krämpfe kamen an den meisten Tagen einer Woche mehrmals am Tag.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="50" />
      <source>Spasms have been more frequent or stronger over the last four weeks.</source>
      <translation>Krämpfe waren in den letzten vier Wochen häufiger oder stärker.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="37" />
      <source>Spasms have been waking you on most nights of a week.</source>
      <translation>Krämpfe haben dich in den meisten Nächten einer Woche geweckt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="48" />
      <source>Spasms that keep coming like this are worth talking over with your doctor.</source>
      <translation>Krämpfe, die so immer wiederkommen, sind ein gutes Thema für deine Ärztin oder deinen Arzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="56" />
      <source>The journal noticed something worth a look.</source>
      <translation>Dem Tagebuch ist etwas aufgefallen, das einen Blick wert ist.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="32" />
      <source>These signs are worth checking with a doctor soon. If they are sudden or severe, seek urgent care.</source>
      <translation>Solche Zeichen solltest du bald ärztlich abklären lassen. Wenn sie plötzlich oder heftig auftreten, hol dir sofort Hilfe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="51" />
      <source>When spasms get worse, it is a good time to talk to your doctor.</source>
      <translation>Wenn Krämpfe schlimmer werden, ist das ein guter Zeitpunkt, mit deiner Ärztin oder deinem Arzt zu sprechen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="34" />
      <source>You noted a fever, a racing heart or swelling.</source>
      <translation>Du hast Fieber, Herzrasen oder eine Schwellung notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="31" />
      <source>You noted weakness, numbness or loss of balance.</source>
      <translation>Du hast Schwäche, Taubheit oder Gleichgewichtsverlust notiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="106" />
      <source>the warning signs</source>
      <translation>die Warnzeichen</translation>
    </message>
  </context>
  <context>
    <name>RelaxExtras</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="100" />
      <source>&amp;Hold</source>
      <translation>&amp;Halten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="100" />
      <source>&amp;In</source>
      <translation>&amp;Ein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="51" />
      <source>&amp;Sound</source>
      <translation>&amp;Geräusch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="141" />
      <source>About {rate:.1f} breaths a minute</source>
      <translation>Etwa {rate:.1f} Atemzüge pro Minute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="67" />
      <source>After %1 minutes</source>
      <translation>Nach %1 Minuten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="66" />
      <source>At the end of the session</source>
      <translation>Am Ende der Sitzung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="38" />
      <source>Background sound</source>
      <translation>Hintergrundgeräusch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="49" />
      <source>Background volume</source>
      <translation>Lautstärke im Hintergrund</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="97" />
      <source>Breathe in (seconds)</source>
      <translation>Einatmen (Sekunden)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="99" />
      <source>Breathe out (seconds)</source>
      <translation>Ausatmen (Sekunden)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="90" />
      <source>Breathing pacer</source>
      <translation>Atemhilfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="42" />
      <source>Deep hush (brown noise)</source>
      <translation>Tiefes Rauschen (braunes Rauschen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="98" />
      <source>Hold (seconds)</source>
      <translation>Halten (Sekunden)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="101" />
      <source>O&amp;ut</source>
      <translation>A&amp;us</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="41" />
      <source>Off</source>
      <translation>Aus</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="62" />
      <source>Sleep timer</source>
      <translation>Einschlaf-Timer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="42" />
      <source>Soft rain (pink noise)</source>
      <translation>Sanfter Regen (rosa Rauschen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="71" />
      <source>Sound fades out gently over a minute before it stops.</source>
      <translation>Der Ton wird eine Minute lang sanft leiser, bevor er aufhört.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="109" />
      <source>Start breathing</source>
      <translation>Atmen starten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="150" />
      <source>Stop breathing</source>
      <translation>Atmen beenden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="52" />
      <source>V&amp;olume</source>
      <translation>L&amp;autstärke</translation>
    </message>
  </context>
  <context>
    <name>RelaxLibrary</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="21" />
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="59" />
      <source>Add your own…</source>
      <translation>Eigene hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="62" />
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="61" />
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="45" />
      <source>Relaxation sessions</source>
      <translation>Entspannungssitzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="63" />
      <source>Remove…</source>
      <translation>Entfernen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="60" />
      <source>Rename…</source>
      <translation>Umbenennen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="40" />
      <source>Sessions</source>
      <translation>Sitzungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="54" />
      <source>You can add your own recordings too, such as a therapist's session or a favourite meditation.</source>
      <translation>Du kannst auch eigene Aufnahmen hinzufügen, zum Beispiel eine Sitzung von deiner Therapeutin oder deinem Therapeuten oder eine Lieblingsmeditation.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="82" />
      <source>Your recordings</source>
      <translation>Deine Aufnahmen</translation>
    </message>
  </context>
  <context>
    <name>RelaxOwnAudio</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="34" />
      <source>Add a recording</source>
      <translation>Aufnahme hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="35" />
      <source>Audio files (%1)</source>
      <translation>Audiodateien (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="41" />
      <source>New name:</source>
      <translation>Neuer Name:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="47" />
      <source>Remove recording</source>
      <translation>Aufnahme entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="48" />
      <source>Remove “{title}” from your library? The copy kept by Fibro Desktop is deleted; your original file is not touched.</source>
      <translation>„{title}“ aus deiner Sammlung entfernen? Die Kopie von Fibro Desktop wird gelöscht; deine Originaldatei bleibt unberührt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="41" />
      <source>Rename recording</source>
      <translation>Aufnahme umbenennen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="24" />
      <source>That file can't be added from where it is (a link or an unusual path). Please choose the file itself.</source>
      <translation>Diese Datei kann von ihrem Ort aus nicht hinzugefügt werden (ein Link oder ein ungewöhnlicher Pfad). Bitte wähle die Datei selbst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="26" />
      <source>That file could not be found.</source>
      <translation>Diese Datei wurde nicht gefunden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="21" />
      <source>That file doesn't look like the audio its name says. It may be damaged. Nothing was added.</source>
      <translation>Diese Datei sieht nicht nach dem Audio aus, das ihr Name verspricht. Vielleicht ist sie beschädigt. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="20" />
      <source>That file is empty, so it was not added.</source>
      <translation>Diese Datei ist leer und wurde daher nicht hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="23" />
      <source>That file is too large to add (over 1 GB).</source>
      <translation>Diese Datei ist zu groß zum Hinzufügen (über 1 GB).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="18" />
      <source>That kind of file can't be added. Please choose an audio file: MP3, M4A/AAC, Ogg, Opus, WAV or FLAC.</source>
      <translation>Diese Art von Datei kann nicht hinzugefügt werden. Bitte wähle eine Audiodatei: MP3, M4A/AAC, Ogg, Opus, WAV oder FLAC.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="27" />
      <source>The file was not added.</source>
      <translation>Die Datei wurde nicht hinzugefügt.</translation>
    </message>
  </context>
  <context>
    <name>RelaxPacer</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="36" />
      <source>Breathe in</source>
      <translation>Einatmen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="36" />
      <source>Breathe out</source>
      <translation>Ausatmen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="62" />
      <source>Breathing pacer</source>
      <translation>Atemhilfe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="36" />
      <source>Hold gently</source>
      <translation>Sanft halten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="114" />
      <source>Press Start to breathe along.</source>
      <translation>Drück auf „Start“, um mitzuatmen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="37" />
      <source>Rest</source>
      <translation>Ruhe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="115" />
      <source>{phase}… {seconds}</source>
      <translation>{phase} … {seconds}</translation>
    </message>
  </context>
  <context>
    <name>RelaxPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="270" />
      <source>A name needs between 1 and 200 characters.</source>
      <translation>Ein Name braucht zwischen 1 und 200 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="86" />
      <source>Ask how tense I feel before and after a session</source>
      <translation>Vor und nach einer Sitzung fragen, wie angespannt ich mich fühle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="397" />
      <source>Fading out gently… silence in {time}.</source>
      <translation>Wird sanft leiser … Stille in {time}.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="94" />
      <source>How calming helps with spasms</source>
      <translation>Wie Beruhigung bei Krämpfen hilft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="117" />
      <source>No sound output</source>
      <translation>Keine Tonausgabe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="114" />
      <source>No sound output was found, so sessions can't be heard right now. Connect speakers or headphones, then press Play again. The breathing pacer works without sound.</source>
      <translation>Es wurde keine Tonausgabe gefunden, daher sind Sitzungen gerade nicht zu hören. Schließ Lautsprecher oder Kopfhörer an und drück dann erneut auf „Abspielen“. Die Atemhilfe funktioniert auch ohne Ton.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="387" />
      <source>Off.</source>
      <translation>Aus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="158" />
      <source>Relax</source>
      <translation>Entspannen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="83" />
      <source>Sound status</source>
      <translation>Tonstatus</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="398" />
      <source>Sound stops in {time}, after a gentle fade.</source>
      <translation>Der Ton wird sanft leiser und endet in {time}.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="253" />
      <source>The file could not be copied. Is the disk full?</source>
      <translation>Die Datei konnte nicht kopiert werden. Ist die Festplatte voll?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="405" />
      <source>The sleep timer stopped the sound. Rest well.</source>
      <translation>Der Einschlaf-Timer hat den Ton beendet. Ruh dich gut aus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="346" />
      <source>This recording could not be played. The file may be damaged, or this computer may not play its format. Everything else keeps working.</source>
      <translation>Diese Aufnahme konnte nicht abgespielt werden. Vielleicht ist die Datei beschädigt, oder dieser Computer kann ihr Format nicht abspielen. Alles andere funktioniert weiter.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="95" />
      <source>calming the body</source>
      <translation>den Körper beruhigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="257" />
      <source>“{title}” was added to your library.</source>
      <translation>„{title}“ wurde zu deiner Sammlung hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="299" />
      <source>“{title}” was removed.</source>
      <translation>„{title}“ wurde entfernt.</translation>
    </message>
  </context>
  <context>
    <name>RelaxTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" line="34" />
      <source>Relax</source>
      <translation>Entspannen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" line="34" />
      <source>Relaxation audio and breathing</source>
      <translation>Entspannungsaudio und Atmung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" line="61" />
      <source>Relaxation: play or pause</source>
      <translation>Entspannung: abspielen oder pausieren</translation>
    </message>
  </context>
  <context>
    <name>RelaxTension</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="29" />
      <source>0 means relaxed, 10 very tense. One tap is enough.</source>
      <translation>0 heißt entspannt, 10 sehr angespannt. Einmal antippen reicht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="53" />
      <source>Before you start: how tense do your muscles feel right now?</source>
      <translation>Bevor du anfängst: Wie angespannt fühlen sich deine Muskeln gerade an?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="54" />
      <source>How tense do your muscles feel now?</source>
      <translation>Wie angespannt fühlen sich deine Muskeln jetzt an?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="41" />
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="42" />
      <source>Skip the rating</source>
      <translation>Bewertung überspringen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="37" />
      <source>Tension %1 of 10</source>
      <translation>Anspannung %1 von 10</translation>
    </message>
  </context>
  <context>
    <name>RelaxTransport</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="140" />
      <source>%1 left</source>
      <translation>noch %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="98" />
      <source>&amp;Volume</source>
      <translation>&amp;Lautstärke</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="83" />
      <source>Back 15 s</source>
      <translation>15 s zurück</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="89" />
      <source>Back 15 seconds</source>
      <translation>15 Sekunden zurück</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="84" />
      <source>Back 15 seconds (Ctrl+Left)</source>
      <translation>15 Sekunden zurück (Strg+Links)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="42" />
      <source>Choose a session to begin.</source>
      <translation>Wähle eine Sitzung, um zu beginnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="121" />
      <source>Continuing where you left off (%1).</source>
      <translation>Weiter an der Stelle, an der du aufgehört hast (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="87" />
      <source>Forward 15 s</source>
      <translation>15 s vor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="90" />
      <source>Forward 15 seconds</source>
      <translation>15 Sekunden vor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="88" />
      <source>Forward 15 seconds (Ctrl+Right)</source>
      <translation>15 Sekunden vor (Strg+Rechts)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="126" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="85" />
      <source>Play</source>
      <translation>Abspielen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="86" />
      <source>Play or pause (Ctrl+Space)</source>
      <translation>Abspielen oder pausieren (Strg+Leertaste)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="65" />
      <source>Position in the session</source>
      <translation>Position in der Sitzung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="55" />
      <source>Start over</source>
      <translation>Von vorn</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="56" />
      <source>Start the session over</source>
      <translation>Sitzung von vorn beginnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="74" />
      <source>Time played</source>
      <translation>Abgespielte Zeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="76" />
      <source>Time remaining</source>
      <translation>Restzeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="101" />
      <source>Volume</source>
      <translation>Lautstärke</translation>
    </message>
  </context>
  <context>
    <name>ReminderSettings</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" line="36" />
      <source>(a quiet note from the tray icon)</source>
      <translation>(ein leiser Hinweis vom Symbol im Infobereich)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" line="31" />
      <source>Evening check-in reminder</source>
      <translation>Abendliche Erinnerung an den Check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" line="30" />
      <source>Remind me to check in each evening at</source>
      <translation>Erinnere mich jeden Abend an den Check-in um</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" line="35" />
      <source>Reminder time</source>
      <translation>Uhrzeit der Erinnerung</translation>
    </message>
  </context>
  <context>
    <name>ScalePicker</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" line="115" />
      <source>%1 of 10</source>
      <translation>%1 von 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" line="134" />
      <source>Keys: 0 to 9; 1 then 0 for 10.</source>
      <translation>Tasten: 0 bis 9; 1 und dann 0 für 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" line="114" />
      <source>Not answered</source>
      <translation>Keine Angabe</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="56" />
      <source>%1 (%2 %)</source>
      <translation>%1 (%2 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="49" />
      <source>&amp;Colours:</source>
      <translation>&amp;Farben:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="67" />
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="60" />
      <source>&amp;Reduce motion (no animations)</source>
      <translation>&amp;Weniger Bewegung (keine Animationen)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="70" />
      <source>&amp;Start Fibro Desktop when I log in (quietly, in the tray)</source>
      <translation>Fibro Desktop beim &amp;Anmelden starten (leise, im Infobereich)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="58" />
      <source>&amp;Text size:</source>
      <translation>&amp;Textgröße:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="91" />
      <source>&amp;Use a keyboard shortcut that works in every program</source>
      <translation>Ein &amp;Kürzel verwenden, das in jedem Programm funktioniert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="42" />
      <source>Appearance</source>
      <translation>Darstellung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="120" />
      <source>Choose a letter, a digit or F1–F12 with two of Ctrl, Alt and Shift (for example Ctrl+Alt+L), so it is not pressed by accident.</source>
      <translation>Wähle einen Buchstaben, eine Ziffer oder F1–F12 mit zwei von Strg, Alt und Umschalt (z. B. Strg+Alt+L), damit es nicht aus Versehen gedrückt wird.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="46" />
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="53" />
      <source>Extra large</source>
      <translation>Extra groß</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="46" />
      <source>Follow the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="65" />
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="52" />
      <source>Large</source>
      <translation>Groß</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="52" />
      <source>Larger</source>
      <translation>Größer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="53" />
      <source>Largest</source>
      <translation>Am größten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="46" />
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="89" />
      <source>Log a spasm from any program</source>
      <translation>Krampf aus jedem Programm eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="52" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="98" />
      <source>S&amp;hortcut:</source>
      <translation>Kür&amp;zel:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="38" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="97" />
      <source>Shortcut keys for logging a spasm</source>
      <translation>Tastenkürzel zum Eintragen eines Krampfs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="154" />
      <source>Starting at login could not be changed: the settings folder of your account cannot be written to. Everything else was saved.</source>
      <translation>Der Start bei der Anmeldung konnte nicht geändert werden: In den Einstellungsordner deines Kontos kann nicht geschrieben werden. Alles andere wurde gespeichert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="71" />
      <source>The break timer is then running from the start of your day. Where there is no tray, the window starts minimised.</source>
      <translation>Der Pausen-Timer läuft dann ab Beginn deines Tages. Wo es keinen Infobereich gibt, startet das Fenster minimiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="52" />
      <source>Very large</source>
      <translation>Sehr groß</translation>
    </message>
  </context>
  <context>
    <name>StrictOverlay</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="127" />
      <source>%1 left</source>
      <translation>noch %1</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="233" />
      <source>Episodes, newest first</source>
      <translation>Krämpfe, neueste zuerst</translation>
    </message>
  </context>
  <context>
    <name>Toolkit</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="160" />
      <source>%1 (%2 left)</source>
      <translation>%1 (noch %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="128" />
      <source>%1 items running low</source>
      <translation>%1 Gegenstände werden knapp</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="46" />
      <source>%1 left</source>
      <translation>noch %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" line="69" />
      <source>%1 of %2</source>
      <translation>%1 von %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="77" />
      <source>&amp;Add</source>
      <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="48" />
      <source>&amp;Add as new</source>
      <translation>&amp;Als neu hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="78" />
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="84" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="68" />
      <source>&amp;Delete contact</source>
      <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="41" />
      <source>&amp;Delete step</source>
      <translation>Schritt &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="80" />
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="73" />
      <source>&amp;Email</source>
      <translation>&amp;E-Mail</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="55" />
      <source>&amp;How many left</source>
      <translation>&amp;Anzahl übrig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="54" />
      <source>&amp;How to</source>
      <translation>&amp;Anleitung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="53" />
      <source>&amp;Kept where</source>
      <translation>&amp;Wo aufbewahrt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="76" />
      <source>&amp;Log this spasm</source>
      <translation>Diesen Krampf &amp;eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="72" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="62" />
      <source>&amp;Next step →</source>
      <translation>&amp;Nächster Schritt →</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="44" />
      <source>&amp;Open the plan</source>
      <translation>Plan ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="73" />
      <source>&amp;Phone</source>
      <translation>&amp;Telefon</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="65" />
      <source>&amp;Play release audio</source>
      <translation>&amp;Lockerungs-Audio abspielen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="50" />
      <source>&amp;Remove from the list</source>
      <translation>Von der Liste &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="56" />
      <source>&amp;Restock below</source>
      <translation>Nachfüllen &amp;unter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="72" />
      <source>&amp;Role</source>
      <translation>&amp;Rolle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="40" />
      <source>&amp;Save changes</source>
      <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="67" />
      <source>&amp;Save contact</source>
      <translation>Kontakt &amp;speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="47" />
      <source>&amp;Today</source>
      <translation>H&amp;eute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="48" />
      <source>&amp;Yesterday</source>
      <translation>&amp;Gestern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="128" />
      <source>1 item running low</source>
      <translation>1 Gegenstand wird knapp</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="79" />
      <source>A note about magnesium and electrolytes</source>
      <translation>Ein Hinweis zu Magnesium und Elektrolyten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="70" />
      <source>A soft sound when the heat time is up</source>
      <translation>Ein leiser Ton, wenn die Wärmezeit um ist</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="40" />
      <source>A spasm is starting</source>
      <translation>Ein Krampf beginnt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="41" />
      <source>A spasm is starting: open my rescue plan</source>
      <translation>Ein Krampf beginnt: meinen Notfallplan öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="67" />
      <source>A target of 1 is a simple tick; more shows a counter, e.g. 8 glasses of water.</source>
      <translation>Ein Ziel von 1 ist ein einfacher Haken; mehr zeigt einen Zähler, z. B. 8 Gläser Wasser.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="75" />
      <source>Add an item, e.g. a tennis ball</source>
      <translation>Etwas hinzufügen, z. B. einen Tennisball</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="39" />
      <source>Add as &amp;new step</source>
      <translation>Als &amp;neuen Schritt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="78" />
      <source>Add kit item</source>
      <translation>Gegenstand zum Notfallkoffer hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="45" />
      <source>Add rescue step</source>
      <translation>Notfallschritt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="53" />
      <source>Add routine item</source>
      <translation>Etwas zur Routine hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="167" />
      <source>Add the steps that help you under “My rescue plan” in the Toolkit tab.</source>
      <translation>Füg die Schritte, die dir helfen, im Tab „Werkzeuge“ unter „Mein Notfallplan“ hinzu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="32" />
      <source>Any one of these is a good start.</source>
      <translation>Jeder dieser Punkte ist ein guter Anfang.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="83" />
      <source>Ar&amp;chive</source>
      <translation>&amp;Archivieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="91" />
      <source>Archive kit item</source>
      <translation>Gegenstand archivieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="128" />
      <source>Breathe out slowly. Take one step at a time; skip any that do not suit you.</source>
      <translation>Atme langsam aus. Nimm einen Schritt nach dem anderen; lass weg, was nicht zu dir passt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="183" />
      <source>Bring &amp;back</source>
      <translation>&amp;Zurückholen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="73" />
      <source>Care team</source>
      <translation>Behandlungsteam</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="53" />
      <source>Care team contacts</source>
      <translation>Kontakte im Behandlungsteam</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="88" />
      <source>Choose someone to change their details, or fill in the form and press Save to add a new person. Their numbers show in your rescue plan.</source>
      <translation>Wähle eine Person aus, um ihre Angaben zu ändern, oder füll das Formular aus und drück auf „Speichern“, um eine neue Person hinzuzufügen. Ihre Nummern erscheinen in deinem Notfallplan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" line="51" />
      <source>Count: %1</source>
      <translation>Anzahl: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="61" />
      <source>Daily &amp;target</source>
      <translation>&amp;Tagesziel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="79" />
      <source>Daily prevention routine</source>
      <translation>Tägliche Vorbeuge-Routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="92" />
      <source>Delete kit item</source>
      <translation>Gegenstand löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="47" />
      <source>Delete the selected step</source>
      <translation>Den ausgewählten Schritt löschen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="32" />
      <source>Edit kit item</source>
      <translation>Gegenstand bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="60" />
      <source>Edit the &amp;list…</source>
      <translation>L&amp;iste bearbeiten…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="40" />
      <source>Edit the daily routine</source>
      <translation>Tägliche Routine bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="61" />
      <source>Edit the routine list</source>
      <translation>Routine-Liste bearbeiten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="33" />
      <source>Every small step counts; the rest can wait.</source>
      <translation>Jeder kleine Schritt zählt; der Rest kann warten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="30" />
      <source>Everything on the list is done. Well looked after.</source>
      <translation>Alles auf der Liste ist erledigt. Gut für dich gesorgt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="213" />
      <source>From your rescue plan.</source>
      <translation>Aus deinem Notfallplan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="249" />
      <source>Heat on: {0} left</source>
      <translation>Wärme an: noch {0}</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" line="84" />
      <source>Heat timer</source>
      <translation>Wärmetimer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="55" />
      <source>How to do this step</source>
      <translation>So geht dieser Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="58" />
      <source>I &amp;tried this</source>
      <translation>Hab ich &amp;versucht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="60" />
      <source>I tried this step</source>
      <translation>Ich habe diesen Schritt versucht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="87" />
      <source>If a spasm comes with weakness, numbness, loss of balance, fever, a racing heart or swelling, or will not ease, please talk to a doctor.</source>
      <translation>Wenn ein Krampf mit Schwäche, Taubheit, Gleichgewichtsverlust, Fieber, Herzrasen oder einer Schwellung einhergeht oder nicht nachlässt, sprich bitte mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="71" />
      <source>Kit and routine</source>
      <translation>Koffer und Routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="32" />
      <source>Kit item</source>
      <translation>Gegenstand im Notfallkoffer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="125" />
      <source>Kit ready today: %1 of %2  ·  Routine today: %3 of %4</source>
      <translation>Notfallkoffer heute bereit: %1 von %2  ·  Routine heute: %3 von %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="77" />
      <source>Log this spasm with the steps I tried</source>
      <translation>Diesen Krampf mit den versuchten Schritten eintragen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="75" />
      <source>Magnesium and electrolyte products: if you have kidney or heart conditions or take other medicines, check with your doctor or pharmacist first.</source>
      <translation>Magnesium- und Elektrolytprodukte: Wenn du Nieren- oder Herzerkrankungen hast oder andere Medikamente nimmst, frag zuerst deine Ärztin oder deinen Arzt oder in der Apotheke.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="89" />
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="81" />
      <source>Move &amp;up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="82" />
      <source>Move do&amp;wn</source>
      <translation>Nach &amp;unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="90" />
      <source>Move kit item down</source>
      <translation>Gegenstand nach unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="89" />
      <source>Move kit item up</source>
      <translation>Gegenstand nach oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="57" />
      <source>Move routine item down</source>
      <translation>In der Routine nach unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="56" />
      <source>Move routine item up</source>
      <translation>In der Routine nach oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="48" />
      <source>Move step down</source>
      <translation>Schritt nach unten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="48" />
      <source>Move step up</source>
      <translation>Schritt nach oben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="87" />
      <source>My care team</source>
      <translation>Mein Behandlungsteam</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="108" />
      <source>My rescue kit</source>
      <translation>Mein Notfallkoffer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="72" />
      <source>My rescue plan</source>
      <translation>Mein Notfallplan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="54" />
      <source>N&amp;ote</source>
      <translation>N&amp;otiz</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="74" />
      <source>N&amp;otes</source>
      <translation>N&amp;otizen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="66" />
      <source>Ne&amp;w contact</source>
      <translation>Neuer &amp;Kontakt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="76" />
      <source>New kit item name</source>
      <translation>Name des neuen Gegenstands</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="64" />
      <source>Next step</source>
      <translation>Nächster Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="55" />
      <source>No contacts yet. Adding them is optional; they stay on this computer.</source>
      <translation>Noch keine Kontakte. Sie hinzuzufügen ist freiwillig; sie bleiben auf diesem Computer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="166" />
      <source>No steps yet</source>
      <translation>Noch keine Schritte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" line="45" />
      <source>One less: %1</source>
      <translation>Einer weniger: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="37" />
      <source>One line, in your own words</source>
      <translation>Eine Zeile, in deinen Worten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" line="46" />
      <source>One more: %1</source>
      <translation>Einer mehr: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" line="86" />
      <source>Open my rescue plan</source>
      <translation>Meinen Notfallplan öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="49" />
      <source>Open the rescue plan</source>
      <translation>Notfallplan öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="48" />
      <source>Opens your plan, one calm step at a time.</source>
      <translation>Öffnet deinen Plan, ein ruhiger Schritt nach dem anderen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="71" />
      <source>Play a soft sound when the heat timer ends</source>
      <translation>Einen leisen Ton abspielen, wenn der Wärmetimer endet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="40" />
      <source>Please check this field.</source>
      <translation>Bitte prüf dieses Feld.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="38" />
      <source>Please choose a role.</source>
      <translation>Bitte wähle eine Rolle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="32" />
      <source>Please give it a name.</source>
      <translation>Bitte gib einen Namen ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="34" />
      <source>Please use a whole number, 0 or more.</source>
      <translation>Bitte nimm eine ganze Zahl, 0 oder mehr.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="36" />
      <source>Please use a whole number, like 3.</source>
      <translation>Bitte nimm eine ganze Zahl, z. B. 3.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="63" />
      <source>Previous step</source>
      <translation>Vorheriger Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="90" />
      <source>Read about the warning signs</source>
      <translation>Über die Warnzeichen lesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="86" />
      <source>Remind me (at most once a day) when something runs low</source>
      <translation>Erinnere mich (höchstens einmal am Tag), wenn etwas knapp wird</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="55" />
      <source>Remove the selected routine item</source>
      <translation>Ausgewählten Punkt aus der Routine entfernen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="67" />
      <source>Rescue kit items</source>
      <translation>Gegenstände im Notfallkoffer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="40" />
      <source>Rescue plan</source>
      <translation>Notfallplan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="34" />
      <source>Rescue plan steps</source>
      <translation>Schritte im Notfallplan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="71" />
      <source>Restock reminder</source>
      <translation>Erinnerung zum Nachfüllen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="43" />
      <source>Routine items</source>
      <translation>Punkte der Routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="57" />
      <source>Routine progress</source>
      <translation>Fortschritt der Routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="161" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Wird knapp: %1. Am besten auffüllen, wenn du kannst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="54" />
      <source>Save changes to the selected routine item</source>
      <translation>Änderungen am ausgewählten Punkt der Routine speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="46" />
      <source>Save changes to the selected step</source>
      <translation>Änderungen am ausgewählten Schritt speichern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="215" />
      <source>Saved as tried: {0}.</source>
      <translation>Als versucht gespeichert: {0}.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="85" />
      <source>Show archived items</source>
      <translation>Archivierte Gegenstände zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="54" />
      <source>Show today's routine</source>
      <translation>Heutige Routine zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="55" />
      <source>Show yesterday's routine to fill it in</source>
      <translation>Gestrige Routine zum Ausfüllen zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="251" />
      <source>Start a 15-minute &amp;heat timer</source>
      <translation>15-Minuten-&amp;Wärmetimer starten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="49" />
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="54" />
      <source>Step &amp;title</source>
      <translation>Schritt-&amp;Titel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="47" />
      <source>Step number</source>
      <translation>Schrittnummer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="169" />
      <source>Step {0} of {1}</source>
      <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="248" />
      <source>Stop the &amp;heat timer</source>
      <translation>&amp;Wärmetimer stoppen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="33" />
      <source>That is a little long; please keep it under {0} characters.</source>
      <translation>Das ist etwas lang; bitte bleib unter {0} Zeichen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="35" />
      <source>That number is larger than we can keep; please use a smaller one.</source>
      <translation>Diese Zahl ist zu groß zum Speichern; bitte nimm eine kleinere.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="185" />
      <source>That was the last step</source>
      <translation>Das war der letzte Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="68" />
      <source>The steps you go through when a spasm starts, in the order that suits you. Drag them, or use Alt+Up and Alt+Down.</source>
      <translation>Die Schritte, die du gehst, wenn ein Krampf beginnt, in der Reihenfolge, die zu dir passt. Zieh sie mit der Maus oder nimm Alt+Pfeil hoch und Alt+Pfeil runter.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="85" />
      <source>Therapists who can help</source>
      <translation>Therapeutinnen und Therapeuten, die helfen können</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="37" />
      <source>This does not look like an email address.</source>
      <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="109" />
      <source>Tick what is ready or with you today. The ticks start fresh each morning.</source>
      <translation>Hak ab, was heute bereit ist oder was du dabeihast. Die Haken beginnen jeden Morgen neu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="68" />
      <source>Tick what you have with you today. Alt+Up and Alt+Down move an item.</source>
      <translation>Hak ab, was du heute dabeihast. Alt+Pfeil hoch und Alt+Pfeil runter verschieben einen Gegenstand.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" line="85" />
      <source>Time to take the heat off. A light stretch now, if it feels right.</source>
      <translation>Zeit, die Wärme abzunehmen. Jetzt leicht dehnen, wenn es sich gut anfühlt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="51" />
      <source>Today at a glance</source>
      <translation>Heute auf einen Blick</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="38" />
      <source>Toolkit</source>
      <translation>Werkzeuge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="70" />
      <source>Toolkit sections</source>
      <translation>Bereiche der Werkzeuge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="212" />
      <source>Tried from my rescue plan: {0}.</source>
      <translation>Aus meinem Notfallplan versucht: {0}.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" line="24" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" line="25" />
      <source>Undo the delete</source>
      <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="106" />
      <source>What goes in a rescue kit</source>
      <translation>Was in einen Notfallkoffer gehört</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="65" />
      <source>What helps when a spasm starts</source>
      <translation>Was hilft, wenn ein Krampf beginnt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="80" />
      <source>Why this helps</source>
      <translation>Warum das hilft</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="191" />
      <source>You already have an item with this name.</source>
      <translation>Du hast schon einen Gegenstand mit diesem Namen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="76" />
      <source>You already have an item with this name; that is fine if you mean it.</source>
      <translation>Du hast schon einen Gegenstand mit diesem Namen; das ist in Ordnung, wenn du es so willst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="222" />
      <source>You can keep your care team's numbers in the Toolkit tab.</source>
      <translation>Die Nummern deines Behandlungsteams kannst du im Tab „Werkzeuge“ speichern.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="72" />
      <source>Your kit is empty. Add the things that help you when a spasm starts.</source>
      <translation>Dein Notfallkoffer ist leer. Füg die Dinge hinzu, die dir helfen, wenn ein Krampf beginnt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="28" />
      <source>Your routine is empty. Add a few small habits that help you.</source>
      <translation>Deine Routine ist leer. Füg ein paar kleine Gewohnheiten hinzu, die dir helfen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="107" />
      <source>a rescue kit</source>
      <translation>einen Notfallkoffer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="50" />
      <source>archived</source>
      <translation>archiviert</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="37" />
      <source>e.g. work bag, desk drawer</source>
      <translation>z. B. Arbeitstasche, Schreibtischschublade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="44" />
      <source>kept: %1</source>
      <translation>aufbewahrt: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="42" />
      <source>leave empty if you do not count it</source>
      <translation>leer lassen, wenn du nicht mitzählst</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="44" />
      <source>remind me when fewer than this are left</source>
      <translation>erinnere mich, wenn weniger als so viele übrig sind</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="48" />
      <source>running low</source>
      <translation>wird knapp</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="91" />
      <source>the warning signs</source>
      <translation>die Warnzeichen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="86" />
      <source>therapists who can help</source>
      <translation>Therapeutinnen und Therapeuten, die helfen können</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="81" />
      <source>this step</source>
      <translation>diesen Schritt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="66" />
      <source>what helps when a spasm starts</source>
      <translation>was hilft, wenn ein Krampf beginnt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="31" />
      <source>{0}  ·  {1} a day</source>
      <translation>{0}  ·  {1} am Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="114" />
      <source>{0} of {1} done today</source>
      <translation>{0} von {1} heute erledigt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="114" />
      <source>{0} of {1} done yesterday</source>
      <translation>{0} von {1} gestern erledigt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="111" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="233" />
      <source>“%1” was deleted.</source>
      <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="172" />
      <source>“{0}” was deleted.</source>
      <translation>„{0}“ wurde gelöscht.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="146" />
      <source>“{0}” was taken off the list.</source>
      <translation>„{0}“ wurde von der Liste genommen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="61" />
      <source>← &amp;Back</source>
      <translation>← &amp;Zurück</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="180" />
      <source>✓ Tried</source>
      <translation>✓ Versucht</translation>
    </message>
  </context>
  <context>
    <name>ToolkitDefaults</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="30" />
      <source>A breathing or relaxation session</source>
      <translation>Eine Atem- oder Entspannungssitzung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="17" />
      <source>A few sachets for the day</source>
      <translation>Ein paar Beutel für den Tag</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="19" />
      <source>At my desk</source>
      <translation>An meinem Schreibtisch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="44" />
      <source>Breathe out slowly, longer than you breathe in, or play the release audio.</source>
      <translation>Atme langsam aus, länger als du einatmest, oder spiel das Lockerungs-Audio ab.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="31" />
      <source>Changes of position</source>
      <translation>Haltung wechseln</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="41" />
      <source>Drink some water</source>
      <translation>Etwas Wasser trinken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="26" />
      <source>Electrolytes or magnesium-rich food</source>
      <translation>Elektrolyte oder magnesiumreiche Lebensmittel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="28" />
      <source>Evening stretch</source>
      <translation>Dehnen am Abend</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="32" />
      <source>Followed my pacing plan</source>
      <translation>Meinen Pausenplan eingehalten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="25" />
      <source>Glasses of water</source>
      <translation>Gläser Wasser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="18" />
      <source>Heating pad</source>
      <translation>Heizkissen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="40" />
      <source>If it is in your kit, rub a little magnesium lotion or spray into the area.</source>
      <translation>Wenn es in deinem Notfallkoffer ist, reib etwas Magnesiumlotion oder -spray auf die Stelle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="39" />
      <source>Magnesium on the skin</source>
      <translation>Magnesium auf der Haut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="27" />
      <source>Morning stretch</source>
      <translation>Dehnen am Morgen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="33" />
      <source>Move gently</source>
      <translation>Sanft bewegen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="24" />
      <source>On my wrist or phone</source>
      <translation>Am Handgelenk oder Handy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="21" />
      <source>On this computer and my phone</source>
      <translation>Auf diesem Computer und meinem Handy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="22" />
      <source>Pill case for supplements and medication</source>
      <translation>Pillendose für Nahrungsergänzung und Medikamente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="37" />
      <source>Press or massage the knot</source>
      <translation>Den Knoten drücken oder massieren</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="38" />
      <source>Press the sore spot with your fingers or a ball and hold, or rub in slow circles.</source>
      <translation>Drück mit den Fingern oder einem Ball auf die schmerzende Stelle und halte, oder reibe in langsamen Kreisen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="36" />
      <source>Put heat on the muscle for about 15 minutes, then stretch it softly, only as far as it feels kind.</source>
      <translation>Leg etwa 15 Minuten Wärme auf den Muskel und dehn ihn dann sanft, nur so weit, wie es sich gut anfühlt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="42" />
      <source>Sip a glass of water, or your electrolyte mix if you carry one.</source>
      <translation>Trink langsam ein Glas Wasser oder deine Elektrolytmischung, wenn du eine dabeihast.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="43" />
      <source>Slow breathing</source>
      <translation>Langsam atmen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="34" />
      <source>Slowly move the tight part through an easy, small range, a few times, without forcing it.</source>
      <translation>Beweg die verspannte Stelle langsam ein paar Mal in einem kleinen, leichten Bereich, ohne Druck.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="23" />
      <source>Stress-relief reminders or wearable</source>
      <translation>Erinnerungen zum Stressabbau oder ein Wearable</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="15" />
      <source>Travel magnesium or electrolyte mix</source>
      <translation>Magnesium oder Elektrolytmischung für unterwegs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="20" />
      <source>Warm-up and relaxation audio</source>
      <translation>Aufwärm- und Entspannungsaudio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="29" />
      <source>Warmth (heat pad, warm bath or wrap)</source>
      <translation>Wärme (Heizkissen, warmes Bad oder Wickel)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="35" />
      <source>Warmth, then a light stretch</source>
      <translation>Wärme, dann leicht dehnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="16" />
      <source>Work bag</source>
      <translation>Arbeitstasche</translation>
    </message>
  </context>
  <context>
    <name>ToolkitRoles</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="51" />
      <source>Biofeedback practitioner</source>
      <translation>Biofeedback-Therapeut/in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="52" />
      <source>Doctor</source>
      <translation>Ärztin/Arzt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="49" />
      <source>Massage or myofascial therapist</source>
      <translation>Massage- oder Myofaszialtherapeut/in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="50" />
      <source>Occupational therapist</source>
      <translation>Ergotherapeut/in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="53" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="48" />
      <source>Physical therapist</source>
      <translation>Physiotherapeut/in</translation>
    </message>
  </context>
  <context>
    <name>ToolkitTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="129" />
      <source>A &amp;spasm is starting…</source>
      <translation>Ein Krampf be&amp;ginnt…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="131" />
      <source>Open my rescue plan</source>
      <translation>Meinen Notfallplan öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="108" />
      <source>Open the kit</source>
      <translation>Notfallkoffer öffnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="48" />
      <source>Rescue kit, routine and plan</source>
      <translation>Notfallkoffer, Routine und Plan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="107" />
      <source>Running low: {0}. Worth restocking when you can.</source>
      <translation>Wird knapp: {0}. Am besten auffüllen, wenn du kannst.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="48" />
      <source>Toolkit</source>
      <translation>Werkzeuge</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="106" />
      <source>Your rescue kit</source>
      <translation>Dein Notfallkoffer</translation>
    </message>
  </context>
  <context>
    <name>TrayIcon</name>
    <message>
      <location filename="../../fibro_desktop/ui/tray.py" line="21" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
  </context>
  <context>
    <name>TriggerToggles</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" line="49" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" line="47" />
      <source>Add a trigger of your own</source>
      <translation>Eigenen Auslöser hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" line="50" />
      <source>Add this trigger</source>
      <translation>Diesen Auslöser hinzufügen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" line="46" />
      <source>Something else, in your words</source>
      <translation>Etwas anderes, in deinen Worten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" line="108" />
      <source>Tap to mark it, tap again to unmark</source>
      <translation>Antippen zum Markieren, noch einmal antippen zum Entfernen</translation>
    </message>
  </context>
  <context>
    <name>WarningSignsRow</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" line="44" />
      <source>Anything else to note: show the warning signs</source>
      <translation>Sonst noch etwas zu notieren: Warnzeichen zeigen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" line="39" />
      <source>Anything else? Weakness, numbness, fever…</source>
      <translation>Sonst noch etwas? Schwäche, Taubheit, Fieber…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" line="59" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Danke, dass du das notierst. Solche Zeichen solltest du ärztlich abklären lassen. Wenn sie plötzlich oder heftig auftreten, hol dir sofort Hilfe.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="77" />
      <source>Everything stays on this computer. The app never connects to the internet, has no account and sends nothing anywhere.</source>
      <translation>Alles bleibt auf diesem Computer. Die App verbindet sich nie mit dem Internet, hat kein Konto und schickt nichts irgendwohin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="97" />
      <source>Get started</source>
      <translation>Los geht’s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="73" />
      <source>Log a spasm in a few seconds, even in the middle of one, and add details later. Pace your desk work with gentle breaks, listen to calming sessions, keep your rescue kit and routine at hand, and see over time what seems to help.</source>
      <translation>Trag einen Krampf in wenigen Sekunden ein, auch mittendrin, und ergänze Details später. Teil deine Schreibtischarbeit mit sanften Pausen ein, hör beruhigende Sitzungen, hab deinen Notfallkoffer und deine Routine griffbereit und sieh mit der Zeit, was dir zu helfen scheint.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="94" />
      <source>Read the warning signs</source>
      <translation>Warnzeichen lesen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="88" />
      <source>Short guides in plain words, about why spasms happen and what helps, are in Help → Learn.</source>
      <translation>Kurze Ratgeber in einfachen Worten, warum Krämpfe entstehen und was hilft, findest du unter Hilfe → Wissen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="68" />
      <source>Welcome to Fibro Desktop</source>
      <translation>Willkommen bei Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="71" />
      <source>Welcome. This app is here to make hard days a little easier.</source>
      <translation>Willkommen. Diese App soll schwere Tage ein bisschen leichter machen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="84" />
      <source>When to see a doctor</source>
      <translation>Wann du ärztlichen Rat suchen solltest</translation>
    </message>
  </context>
  <context>
    <name>WriteErrors</name>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="60" />
      <source>Something could not be saved because the disk is full. Please free some space (empty the trash, remove large files); what you save afterwards is kept.</source>
      <translation>Etwas konnte nicht gespeichert werden, weil die Festplatte voll ist. Bitte schaffe Platz (leere den Papierkorb, entferne große Dateien); was du danach speicherst, bleibt erhalten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="63" />
      <source>Something could not be saved because your data folder cannot be written to.</source>
      <translation>Etwas konnte nicht gespeichert werden, weil in deinen Datenordner nicht geschrieben werden kann.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="78" />
      <source>The automatic backup could not be made (%1). Your data itself is safe. Press “Back up now” to try again; if it fails again, the details are in the log (Help, About).</source>
      <translation>Die automatische Sicherung konnte nicht erstellt werden (%1). Deine Daten selbst sind sicher. Drück auf „Jetzt sichern“, um es noch einmal zu versuchen; wenn es wieder nicht klappt, stehen die Details im Protokoll (Hilfe, Über).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="75" />
      <source>The automatic backup could not be made: the backup folder cannot be written to. Your data itself is safe. Please check the folder in Backups and restore, then press “Back up now”.</source>
      <translation>Die automatische Sicherung konnte nicht erstellt werden: In den Sicherungsordner kann nicht geschrieben werden. Deine Daten selbst sind sicher. Bitte prüf den Ordner unter „Sicherungen und Wiederherstellung“ und drück dann auf „Jetzt sichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="71" />
      <source>The automatic backup could not be made: the disk is full. Your data itself is safe. Please free some space (empty the trash, remove large files), then press “Back up now”.</source>
      <translation>Die automatische Sicherung konnte nicht erstellt werden: Die Festplatte ist voll. Deine Daten selbst sind sicher. Bitte schaffe Platz (leere den Papierkorb, entferne große Dateien) und drück dann auf „Jetzt sichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="40" />
      <source>The backup could not be made: its folder cannot be written to.</source>
      <translation>Die Sicherung konnte nicht erstellt werden: In ihren Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="37" />
      <source>The backup could not be made: the disk is full. Please free some space, then make a backup again (File, Backups and restore).</source>
      <translation>Die Sicherung konnte nicht erstellt werden: Die Festplatte ist voll. Bitte schaffe Platz und erstelle dann erneut eine Sicherung (Datei, Sicherungen und Wiederherstellung).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="85" />
      <source>The backup was made, but its copy to your second folder failed (%1). Please check that the drive is connected, then press “Back up now”.</source>
      <translation>Die Sicherung wurde erstellt, aber die Kopie in deinen zweiten Ordner ist fehlgeschlagen (%1). Bitte prüf, ob das Laufwerk angeschlossen ist, und drück dann auf „Jetzt sichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="94" />
      <source>The disk is full; please free some space and try again.</source>
      <translation>Die Festplatte ist voll; bitte schaffe Platz und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="51" />
      <source>The file could not be written there: that folder cannot be written to. Please choose another folder.</source>
      <translation>Die Datei konnte dort nicht geschrieben werden: In diesen Ordner kann nicht geschrieben werden. Bitte wähle einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="48" />
      <source>The file could not be written: the disk is full. Please free some space, or choose another drive, and try again.</source>
      <translation>Die Datei konnte nicht geschrieben werden: Die Festplatte ist voll. Bitte schaffe Platz oder wähle ein anderes Laufwerk und versuch es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="21" />
      <source>This could not be saved yet: %1 What you entered is still here. Please press Save again in a moment.</source>
      <translation>Das konnte noch nicht gespeichert werden: %1 Was du eingegeben hast, ist noch da. Bitte drück gleich noch einmal auf „Speichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="25" />
      <source>This could not be saved: the disk is full. What you entered is still here. Please free some space (empty the trash, remove large files), then press Save again.</source>
      <translation>Das konnte nicht gespeichert werden: Die Festplatte ist voll. Was du eingegeben hast, ist noch da. Bitte schaffe Platz (leere den Papierkorb, entferne große Dateien) und drück dann noch einmal auf „Speichern“.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="28" />
      <source>This could not be saved: your data folder cannot be written to. What you entered is still here.</source>
      <translation>Das konnte nicht gespeichert werden: In deinen Datenordner kann nicht geschrieben werden. Was du eingegeben hast, ist noch da.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="96" />
      <source>Your data folder cannot be written to.</source>
      <translation>In deinen Datenordner kann nicht geschrieben werden.</translation>
    </message>
  </context>
  <context>
    <name>durations</name>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" line="65" />
      <source>%1 h</source>
      <translation>%1 Std.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" line="66" />
      <source>%1 h %2 min</source>
      <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" line="62" />
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" line="59" />
      <source>%1 s</source>
      <translation>%1 Sek.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>A place has a side it does not have.</source>
      <translation>Eine Stelle hat eine Seite angegeben, die sie nicht hat.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>A place on the body is not known to the app.</source>
      <translation>Eine Stelle am Körper ist der App nicht bekannt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>A warning sign is not known to the app.</source>
      <translation>Ein Warnzeichen ist der App nicht bekannt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Wähle eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose a sleep state from the list.</source>
      <translation>Wähle einen Schlafzustand aus der Liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose an activity level from the list.</source>
      <translation>Wähle eine Aktivitätsstufe aus der Liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose an answer from the list.</source>
      <translation>Wähle eine Antwort aus der Liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose what kind of spasm it was.</source>
      <translation>Wähle, welche Art von Krampf es war.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose which one you took.</source>
      <translation>Wähle, welches du genommen hast.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
      <source>Clean a free-text note (may be empty).</source>
      <translation>Eine Freitext-Notiz bereinigen (darf leer sein).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
      <source>Clean a name; refuse an empty one and one over ``MAX_NAME_CHARS``.</source>
      <translation>Einen Namen bereinigen; einen leeren und einen über ``MAX_NAME_CHARS`` ablehnen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Each thing you tried can be listed once.</source>
      <translation>Alles, was du versucht hast, kann nur einmal aufgeführt werden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Enter a time between 0 minutes and 24 hours.</source>
      <translation>Gib eine Zeit zwischen 0 Minuten und 24 Stunden ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Enter between 0 and 24 hours of sleep.</source>
      <translation>Gib zwischen 0 und 24 Stunden Schlaf ein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Give it a name, as you would write it.</source>
      <translation>Gib ihm einen Namen, so wie du ihn schreiben würdest.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>It can't have ended after now. Is it still going?</source>
      <translation>Es kann nicht nach jetzt geendet haben. Hält es noch an?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
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
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Problems with ``checkin``; ``today`` is the person's local date.</source>
      <translation>Probleme mit ``checkin``; ``today`` ist das lokale Datum der Person.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Problems with ``episode`` as of ``now`` (aware), by field name.</source>
      <translation>Probleme mit ``episode`` zum Zeitpunkt ``now`` (mit Zeitzone), nach Feldname.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
      <source>Raised by the store when a value breaks a rule above; ``field`` names
    the input ("name", "quantity"…) and ``code`` the error id.</source>
      <translation>Vom Speicher ausgelöst, wenn ein Wert eine Regel oben verletzt; ``field`` nennt
    die Eingabe ("name", "quantity"…) und ``code`` die Fehlerkennung.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
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
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Say whether it helped: yes, a little, or no.</source>
      <translation>Sag, ob es geholfen hat: ja, etwas oder nein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Say whether it was taken or skipped.</source>
      <translation>Sag, ob es genommen oder ausgelassen wurde.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Say which side for each place.</source>
      <translation>Gib für jede Stelle die Seite an.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Something that did not help has no time to relief.</source>
      <translation>Etwas, das nicht geholfen hat, hat keine Zeit bis zur Linderung.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
      <source>The count ``value``, or :class:`InvalidInput`; never ``None`` unless ``allow_empty``.</source>
      <translation>Die Anzahl ``value`` oder :class:`InvalidInput`; nie ``None``, außer bei ``allow_empty``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>The start can't be in the future.</source>
      <translation>Der Beginn kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>The start time needs a time zone.</source>
      <translation>Die Startzeit braucht eine Zeitzone.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>The time can't be in the future.</source>
      <translation>Die Zeit kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>The time needs a time zone.</source>
      <translation>Die Zeit braucht eine Zeitzone.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>This list holds an entry the app does not know.</source>
      <translation>Diese Liste enthält einen Eintrag, den die App nicht kennt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Time to relief must be between 0 minutes and 24 hours.</source>
      <translation>Die Zeit bis zur Linderung muss zwischen 0 Minuten und 24 Stunden liegen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>You can check in for today or earlier days.</source>
      <translation>Du kannst den Check-in für heute oder frühere Tage machen.</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" line="50" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>A cramp or jerk that disturbs sleep</source>
      <translation>Ein Krampf oder Zucken, das den Schlaf stört</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>A sharp, gripping tightness, often in calves or hands</source>
      <translation>Ein scharfes, packendes Ziehen, oft in Waden oder Händen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>A tender knot that tightens when pressed or stretched</source>
      <translation>Ein empfindlicher Knoten, der sich bei Druck oder Dehnung verhärtet</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>A tight spell that lasts minutes or hours</source>
      <translation>Eine Anspannung, die Minuten oder Stunden anhält</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Abdomen</source>
      <translation>Bauch</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Awake</source>
      <translation>Wach</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Back of thighs</source>
      <translation>Oberschenkel hinten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Both</source>
      <translation>Beide</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Breathing or relaxation audio</source>
      <translation>Atem- oder Entspannungsaudio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Calves</source>
      <translation>Waden</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Chest</source>
      <translation>Brust</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Cold</source>
      <translation>Kälte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Cramp</source>
      <translation>Krampf</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Did not help</source>
      <translation>Hat nicht geholfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Falling asleep</source>
      <translation>Beim Einschlafen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Feet</source>
      <translation>Füße</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Fever</source>
      <translation>Fieber</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Forearms</source>
      <translation>Unterarme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Front of thighs</source>
      <translation>Oberschenkel vorne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Gentle movement</source>
      <translation>Sanfte Bewegung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Gentle stretch</source>
      <translation>Sanftes Dehnen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Hands</source>
      <translation>Hände</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Hard physical effort</source>
      <translation>Schwere körperliche Anstrengung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Heat</source>
      <translation>Wärme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Helped</source>
      <translation>Hat geholfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Helped a little</source>
      <translation>Hat etwas geholfen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Hips and glutes</source>
      <translation>Hüfte und Gesäß</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>It woke me up</source>
      <translation>Es hat mich geweckt</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Jaw</source>
      <translation>Kiefer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Just woken up</source>
      <translation>Gerade aufgewacht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Knot</source>
      <translation>Knoten</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Light activity</source>
      <translation>Leichte Aktivität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Long sitting or one posture</source>
      <translation>Langes Sitzen oder immer dieselbe Haltung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Long tension</source>
      <translation>Verspannung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Loss of balance</source>
      <translation>Gleichgewichtsverlust</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Lower back</source>
      <translation>Unterer Rücken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Magnesium on the skin</source>
      <translation>Magnesium auf der Haut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Magnesium or electrolyte drink</source>
      <translation>Magnesium- oder Elektrolytgetränk</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Massage or myofascial release</source>
      <translation>Massage oder myofasziale Lösung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Moderate activity</source>
      <translation>Mäßige Aktivität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Muscle swelling</source>
      <translation>Muskelschwellung</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Neck</source>
      <translation>Nacken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Night cramp</source>
      <translation>Krampf in der Nacht</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>No, they were interrupted a lot</source>
      <translation>Nein, oft unterbrochen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Not enough water</source>
      <translation>Zu wenig getrunken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Numbness</source>
      <translation>Taubheit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Partly, with some interruptions</source>
      <translation>Teilweise, mit einigen Unterbrechungen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Poor sleep</source>
      <translation>Schlecht geschlafen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Prescribed medication</source>
      <translation>Verschriebenes Medikament</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Racing heart</source>
      <translation>Herzrasen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Repetitive task</source>
      <translation>Wiederholte Tätigkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Rest</source>
      <translation>Ruhe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Resting</source>
      <translation>In Ruhe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Shoulders</source>
      <translation>Schultern</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Skipped a meal</source>
      <translation>Mahlzeit ausgelassen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Small rippling twitches under the skin</source>
      <translation>Kleine, wellenartige Zuckungen unter der Haut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Strenuous activity</source>
      <translation>Anstrengende Aktivität</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Stress or worry</source>
      <translation>Stress oder Sorgen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Tiredness</source>
      <translation>Müdigkeit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Twitching</source>
      <translation>Muskelzucken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Upper arms</source>
      <translation>Oberarme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Upper back</source>
      <translation>Oberer Rücken</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Water</source>
      <translation>Wasser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Weakness</source>
      <translation>Schwäche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Yes, without interruption</source>
      <translation>Ja, ohne Unterbrechung</translation>
    </message>
  </context>
  <context>
    <name>warning_signs</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before.</source>
      <translation>%1 Krämpfe in den letzten 4 Wochen, gegenüber %2 in den 4 Wochen davor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before; typical intensity %3 against %4.</source>
      <translation>%1 Krämpfe in den letzten 4 Wochen, gegenüber %2 in den 4 Wochen davor; typische Stärke %3 gegenüber %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>%1 or more spasms a day on %2 of 7 days.</source>
      <translation>%1 oder mehr Krämpfe am Tag an %2 von 7 Tagen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>%1 spasms of %2 or more in 7 days.</source>
      <translation>%1 Krämpfe der Stärke %2 oder mehr in 7 Tagen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/flag_text.py" line="25" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>An episode came with: %1.</source>
      <translation>Ein Krampf kam zusammen mit: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>An episode has been going on for %1 and is not marked as over.</source>
      <translation>Ein Krampf hält seit %1 an und ist nicht als vorbei markiert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>An episode limited moving around %1 of 10.</source>
      <translation>Ein Krampf hat die Bewegung mit %1 von 10 eingeschränkt.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>Moving about was %1 of 10 or less on %2 of 7 days.</source>
      <translation>Bewegung lag an %2 von 7 Tagen bei %1 von 10 oder weniger.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>One spasm lasted %1.</source>
      <translation>Ein Krampf hat %1 gedauert.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>Spasms at night on %1 of 7 nights, %2 nights in a row.</source>
      <translation>Krämpfe in der Nacht in %1 von 7 Nächten, %2 Nächte hintereinander.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>Spasms at night on %1 of 7 nights.</source>
      <translation>Krämpfe in der Nacht in %1 von 7 Nächten.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>The day's check-in noted: %1.</source>
      <translation>Im Check-in des Tages notiert: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>The day's check-in rated moving about %1 of 10.</source>
      <translation>Im Check-in des Tages wurde die Bewegung mit %1 von 10 bewertet.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>Typical intensity %1 against %2 in the 4 weeks before.</source>
      <translation>Typische Stärke %1 gegenüber %2 in den 4 Wochen davor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>You kept up at least half of your routine on %1 of the last 28 days.</source>
      <translation>Du hast deine Routine an %1 der letzten 28 Tage mindestens zur Hälfte geschafft.</translation>
    </message>
  </context>
</TS>
