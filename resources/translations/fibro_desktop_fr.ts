<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="122" />
      <source>&amp;Licences</source>
      <translation>&amp;Licences</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="113" />
      <source>A private companion for people with fibromyalgia who live with muscle spasms.</source>
      <translation>Un compagnon privé pour les personnes atteintes de fibromyalgie qui vivent avec des spasmes musculaires.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="109" />
      <source>About Fibro Desktop</source>
      <translation>À propos de Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="112" />
      <source>Fibro Desktop %1</source>
      <translation>Fibro Desktop %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="116" />
      <source>Log files: %1</source>
      <translation>Journaux techniques : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="119" />
      <source>Open data folder</source>
      <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="115" />
      <source>Your data is kept here, on this computer only:
%1</source>
      <translation>Vos données sont conservées ici, sur cet ordinateur uniquement :
%1</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="60" />
      <source>&amp;About Fibro Desktop</source>
      <translation>À &amp;propos de Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="54" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="57" />
      <source>&amp;Settings…</source>
      <translation>Para&amp;mètres…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="69" />
      <source>&amp;Show Fibro Desktop</source>
      <translation>&amp;Afficher Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="63" />
      <source>&amp;Welcome and safety notes</source>
      <translation>&amp;Bienvenue et conseils de sécurité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" line="66" />
      <source>Open the &amp;data folder</source>
      <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../fibro_desktop/app.py" line="412" />
      <source>A Fibro Desktop command (%1) is working on your data right now. Please start Fibro Desktop again when it has finished.</source>
      <translation>Une commande de Fibro Desktop (%1) travaille sur vos données en ce moment. Relancez Fibro Desktop quand elle aura terminé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="126" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="596" />
      <source>Fibro Desktop could not write in your data folder %1; the disk may be full.</source>
      <translation>Fibro Desktop n’a pas pu écrire dans votre dossier de données %1 ; le disque est peut-être plein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="415" />
      <source>Fibro Desktop seems to be running already but does not answer. Please close it, or restart the computer, and try again.</source>
      <translation>Fibro Desktop semble déjà ouvert, mais ne répond pas. Fermez-le, ou redémarrez l’ordinateur, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="379" />
      <source>The data folder %1 cannot be created: %2 Please choose another folder.</source>
      <translation>Le dossier de données %1 ne peut pas être créé : %2 Choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="604" />
      <source>Your data cannot be opened there without writing to it. Nothing was changed. Please %1, and start again.</source>
      <translation>Vos données ne peuvent pas être ouvertes à cet endroit sans y écrire. Rien n’a été modifié. Veuillez %1, puis relancez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="598" />
      <source>Your data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes.</source>
      <translation>Impossible d’écrire dans votre dossier de données %1 : il est en lecture seule, ou sur un disque qui n’accepte pas les modifications.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="606" />
      <source>Your data is open for reading only: you can look at it, export it and make the provider report, but changes cannot be saved. To save again, %1, then restart Fibro Desktop.</source>
      <translation>Vos données sont ouvertes en lecture seule : vous pouvez les consulter, les exporter et créer le rapport pour votre soignant, mais les modifications ne peuvent pas être enregistrées. Pour enregistrer à nouveau, veuillez %1, puis relancer Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="601" />
      <source>free some space on that disk</source>
      <translation>libérer de la place sur ce disque</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="602" />
      <source>make the folder writable, or move your data folder to a drive that allows changes</source>
      <translation>rendre le dossier accessible en écriture, ou déplacer votre dossier de données sur un disque qui accepte les modifications</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="587" />
      <source>the disk is full.</source>
      <translation>le disque est plein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" line="589" />
      <source>the place it is in cannot be written to.</source>
      <translation>l’emplacement n’accepte pas l’écriture.</translation>
    </message>
  </context>
  <context>
    <name>BodyMap</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="23" />
      <source>%1 (both sides)</source>
      <translation>%1 (des deux côtés)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="25" />
      <source>%1 (left)</source>
      <translation>%1 (gauche)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="27" />
      <source>%1 (right)</source>
      <translation>%1 (droite)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="35" />
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="38" />
      <source>%1, not selected</source>
      <translation>%1, non sélectionné</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" line="37" />
      <source>%1, selected</source>
      <translation>%1, sélectionné</translation>
    </message>
  </context>
  <context>
    <name>BodyMapPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="49" />
      <source>&amp;Picked muscle groups</source>
      <translation>&amp;Groupes musculaires choisis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="59" />
      <source>C&amp;lear</source>
      <translation>&amp;Effacer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="60" />
      <source>Clear picked muscle groups</source>
      <translation>Effacer les groupes musculaires choisis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="55" />
      <source>Nothing picked yet. Click the place on the figures, or use Tab to move from place to place and Space to pick.</source>
      <translation>Rien n’est choisi pour l’instant. Cliquez sur l’endroit voulu sur les silhouettes, ou utilisez Tab pour passer d’un endroit à l’autre et Espace pour choisir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" line="51" />
      <source>Picked muscle groups</source>
      <translation>Groupes musculaires choisis</translation>
    </message>
  </context>
  <context>
    <name>BodyMapWidget</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="215" />
      <source>%1% of the highest</source>
      <translation>%1 % du maximum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="354" />
      <source>Back</source>
      <translation>Dos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="219" />
      <source>Body map</source>
      <translation>Carte du corps</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="354" />
      <source>Front</source>
      <translation>Face</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="221" />
      <source>Front and back figures. Tab or the arrow keys move between muscle groups; Space picks or unpicks one; Ctrl+Tab leaves the map.</source>
      <translation>Silhouettes de face et de dos. Tab ou les flèches passent d’un groupe musculaire à l’autre ; Espace choisit ou retire un groupe ; Ctrl+Tab quitte la carte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="223" />
      <source>Front and back figures. The arrow keys move between muscle groups.</source>
      <translation>Silhouettes de face et de dos. Les flèches passent d’un groupe musculaire à l’autre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="355" />
      <source>Left</source>
      <translation>Gauche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="357" />
      <source>Less</source>
      <translation>Moins</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="357" />
      <source>More</source>
      <translation>Plus</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="224" />
      <source>Nothing picked.</source>
      <translation>Rien n’est choisi.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="224" />
      <source>Picked: %1.</source>
      <translation>Choisis : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" line="355" />
      <source>Right</source>
      <translation>Droite</translation>
    </message>
  </context>
  <context>
    <name>BreakPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="252" />
      <source>%1 left</source>
      <translation>Encore %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="94" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="87" />
      <source>&amp;I did it</source>
      <translation>C’est fai&amp;t</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="180" />
      <source>&amp;Not now</source>
      <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="88" />
      <source>&amp;Postpone</source>
      <translation>&amp;Reporter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="199" />
      <source>&amp;Postpone %1 min</source>
      <translation>&amp;Reporter de %1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="89" />
      <source>&amp;Skip</source>
      <translation>P&amp;asser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="92" />
      <source>&amp;Take it now</source>
      <translation>Faire la pause &amp;maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="259" />
      <source>Available once most of the break has passed</source>
      <translation>Disponible quand la plus grande partie de la pause est passée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="54" />
      <source>Break</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="55" />
      <source>Break panel</source>
      <translation>Panneau de pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="83" />
      <source>Break progress</source>
      <translation>Avancement de la pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="161" />
      <source>Coming up in a few seconds. Finish your sentence, or take it now.</source>
      <translation>La pause arrive dans quelques secondes. Finissez votre phrase, ou prenez-la maintenant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="93" />
      <source>I drank a &amp;glass</source>
      <translation>J’ai bu un &amp;verre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="277" />
      <source>Logged from a break (Spasm now)</source>
      <translation>Noté depuis une pause (Spasme maintenant)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="190" />
      <source>Play &amp;release audio</source>
      <translation>Écouter l’audio de re&amp;lâchement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="90" />
      <source>Play &amp;warm-up audio</source>
      <translation>Écouter l’audio d’&amp;échauffement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="91" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Spasme maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="79" />
      <source>Time left</source>
      <translation>Temps restant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" line="95" />
      <source>Turns this into a recovery break, holds desk time and opens the quick log</source>
      <translation>Transforme cette pause en pause de récupération, suspend le temps de travail et ouvre la saisie rapide</translation>
    </message>
  </context>
  <context>
    <name>BrokenPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" line="48" />
      <source>Something saved in your data could not be read, so “%1” could not open. Nothing has been changed or deleted, and the other tabs work as usual.

You can put back a backup from before the problem, or save everything that can still be read to a file.</source>
      <translation>Un élément enregistré dans vos données n’a pas pu être lu, donc « %1 » n’a pas pu s’ouvrir. Rien n’a été modifié ni supprimé, et les autres onglets fonctionnent normalement.

Vous pouvez remettre une sauvegarde d’avant le problème, ou enregistrer dans un fichier tout ce qui peut encore être lu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" line="42" />
      <source>This part cannot be shown right now</source>
      <translation>Cette partie ne peut pas être affichée pour le moment</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="150" />
      <source>%1 (%2 % to %3 %)</source>
      <translation>%1 (de %2 % à %3 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="260" />
      <source>%1 (%2 on %3 days)</source>
      <translation>%1 (%2 en %3 jours)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="102" />
      <source>%1 (%2 spasms on %3 tracked days)</source>
      <translation>%1 (%2 spasmes sur %3 jours suivis)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="111" />
      <source>%1 (%n spasm)</source>
      <translation>%1 (%n spasme)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="111" />
      <source>%1 (%n spasms)</source>
      <translation>%1 (%n spasmes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="227" />
      <source>%1 (from %n check-in)</source>
      <translation>%1 (d’après %n bilan)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="227" />
      <source>%1 (from %n check-ins)</source>
      <translation>%1 (d’après %n bilans)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="225" />
      <source>%1 (from %n spasm)</source>
      <translation>%1 (d’après %n spasme)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="225" />
      <source>%1 (from %n spasms)</source>
      <translation>%1 (d’après %n spasmes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="130" />
      <source>%1 (noted on %n spasm)</source>
      <translation>%1 (noté sur %n spasme)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="130" />
      <source>%1 (noted on %n spasms)</source>
      <translation>%1 (noté sur %n spasmes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="124" />
      <source>%1 days with it: %2 spasms; %3 days without: %4 spasms</source>
      <translation>%1 jours avec : %2 spasmes ; %3 jours sans : %4 spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="189" />
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="193" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="163" />
      <source>%1 min (from %n time)</source>
      <translation>%1 min (d’après %n fois)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="163" />
      <source>%1 min (from %n times)</source>
      <translation>%1 min (d’après %n fois)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="59" />
      <source>%1 of %n day</source>
      <translation>%1 sur %n jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="59" />
      <source>%1 of %n days</source>
      <translation>%1 sur %n jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="61" />
      <source>%1 of %n tracked day</source>
      <translation>%1 sur %n jour suivi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="61" />
      <source>%1 of %n tracked days</source>
      <translation>%1 sur %n jours suivis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="190" />
      <source>%1 point</source>
      <translation>%1 point</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="190" />
      <source>%1 points</source>
      <translation>%1 points</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="67" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="276" />
      <source>%1 spasms, %2 check-ins</source>
      <translation>%1 spasmes, %2 bilans</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="69" />
      <source>%1, %2:00–%3:00: %4 spasms</source>
      <translation>%1, %2:00–%3:00 : %4 spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="348" />
      <source>%1: %2 minutes in %3 sessions</source>
      <translation>%1 : %2 minutes en %3 séances</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="296" />
      <source>%1: %2 of %3 breaks taken; %4 spasms the next day</source>
      <translation>%1 : %2 pauses prises sur %3 ; %4 spasmes le lendemain</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="123" />
      <source>%1: %2 spasms, 7-day average %3</source>
      <translation>%1 : %2 spasmes, moyenne sur 7 jours %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="203" />
      <source>%1: not enough data yet (at least %2 days on each side).</source>
      <translation>%1 : pas encore assez de données (au moins %2 jours de chaque côté).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="159" />
      <source>%1: noted on %n spasm</source>
      <translation>%1 : noté sur %n spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="159" />
      <source>%1: noted on %n spasms</source>
      <translation>%1 : noté sur %n spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="149" />
      <source>%1: too few ratings to say yet (%2 needed)</source>
      <translation>%1 : trop peu d’évaluations pour le dire (il en faut %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="129" />
      <source>%1× (%2 to %3); %4</source>
      <translation>%1× (de %2 à %3) ; %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="110" />
      <source>%n check-in day</source>
      <translation>%n jour de bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="110" />
      <source>%n check-in days</source>
      <translation>%n jours de bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="66" />
      <source>%n day</source>
      <translation>%n jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="75" />
      <source>%n day without any record is left out of these numbers: it is not known whether it had spasms, so it is not counted as a day without them.</source>
      <translation>%n jour sans aucune donnée n’est pas compté dans ces chiffres : on ne sait pas s’il y a eu des spasmes ce jour-là, donc il n’est pas compté comme un jour sans spasme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="66" />
      <source>%n days</source>
      <translation>%n jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="77" />
      <source>%n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</source>
      <translation>%n jours sans aucune donnée ne sont pas comptés dans ces chiffres : on ne sait pas s’il y a eu des spasmes ces jours-là, donc ils ne sont pas comptés comme des jours sans spasme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="67" />
      <source>%n spasm</source>
      <translation>%n spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="67" />
      <source>%n spasms</source>
      <translation>%n spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="251" />
      <source>%n tracked day</source>
      <translation>%n jour suivi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="251" />
      <source>%n tracked days</source>
      <translation>%n jours suivis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="101" />
      <source>&amp;From</source>
      <translation>&amp;Du</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="82" />
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="120" />
      <source>&amp;Open the report</source>
      <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="76" />
      <source>&amp;Paper</source>
      <translation>&amp;Papier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="92" />
      <source>&amp;Period:</source>
      <translation>&amp;Période :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="102" />
      <source>&amp;To</source>
      <translation>&amp;Au</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="125" />
      <source>1 time as many means no difference. "Could be chance" means the difference does not stand out once all your triggers are looked at together. A trigger needs at least %1 check-in days with it and %1 without before a number is shown.</source>
      <translation>1 fois autant signifie : aucune différence. « Peut-être dû au hasard » signifie que la différence ne ressort plus quand tous vos déclencheurs sont regardés ensemble. Un déclencheur doit avoir au moins %1 jours de bilan avec lui et %1 sans lui avant qu’un chiffre soit affiché.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="130" />
      <source>; could be chance</source>
      <translation> ; peut-être dû au hasard</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="56" />
      <source>A PDF summary of your spasms, check-ins, what helped and your medication log, to bring to your doctor or therapist. It stays on this computer until you share it.</source>
      <translation>Un résumé PDF de vos spasmes, de vos bilans, de ce qui a aidé et de vos prises de médicaments, à apporter à votre médecin ou à votre thérapeute. Il reste sur cet ordinateur jusqu’à ce que vous le partagiez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="73" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="212" />
      <source>About %1 times as many (%2 to %3).</source>
      <translation>Environ %1 fois autant (de %2 à %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="283" />
      <source>After the days with the most breaks taken (%1 days), %2 spasms the next day on average; after the days with the fewest (%3 days), %4.</source>
      <translation>Après les jours avec le plus de pauses prises (%1 jours), %2 spasmes le lendemain en moyenne ; après les jours avec le moins de pauses (%3 jours), %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="225" />
      <source>After the days with the most breaks taken (%1 days): %2 spasms the next day on average; after the days with the fewest (%3 days): %4.</source>
      <translation>Après les jours avec le plus de pauses prises (%1 jours) : %2 spasmes le lendemain en moyenne ; après les jours avec le moins de pauses (%3 jours) : %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="78" />
      <source>Anything you want your provider to read first (optional)</source>
      <translation>Ce que vous voulez que votre soignant lise en premier (facultatif)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="152" />
      <source>Average</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="126" />
      <source>Body map of where spasms happen</source>
      <translation>Carte du corps des endroits où les spasmes surviennent</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="253" />
      <source>Breaks</source>
      <translation>Pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="227" />
      <source>Breaks and spasms</source>
      <translation>Pauses et spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="280" />
      <source>Breaks and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Pauses et spasmes : pas encore assez de données (au moins %1 jours de chaque côté).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="251" />
      <source>Breaks taken (dark) of breaks due (light) each day, and the spasms of the next day as a line.</source>
      <translation>Pauses prises (foncé) sur pauses prévues (clair) chaque jour, et les spasmes du lendemain en ligne.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="270" />
      <source>Change</source>
      <translation>Évolution</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="115" />
      <source>Change (95 % range)</source>
      <translation>Évolution (intervalle à 95 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="101" />
      <source>Charts</source>
      <translation>Graphiques</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="152" />
      <source>Check-in</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="194" />
      <source>Check-in 0–10</source>
      <translation>Bilan 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="146" />
      <source>Check-in averages</source>
      <translation>Moyennes des bilans</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="131" />
      <source>Check-ins per day (0–10, 10 is best)</source>
      <translation>Bilans par jour (0–10, 10 = le mieux)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="149" />
      <source>Check-ins per week (averages, 0–10, 10 is best)</source>
      <translation>Bilans par semaine (moyennes, 0–10, 10 = le mieux)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="100" />
      <source>Choose dates…</source>
      <translation>Choisir les dates…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" line="44" />
      <source>Could not save the picture</source>
      <translation>L’image n’a pas pu être enregistrée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="106" />
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="67" />
      <source>Daily check-ins</source>
      <translation>Bilans du jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="128" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="152" />
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="58" />
      <source>Days tracked</source>
      <translation>Jours suivis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="60" />
      <source>Days with at least one spasm</source>
      <translation>Jours avec au moins un spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="203" />
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="100" />
      <source>Drawing the charts…</source>
      <translation>Dessin des graphiques…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="169" />
      <source>Each kind's share of the spasms in this period.</source>
      <translation>La part de chaque type dans les spasmes de cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="28" />
      <source>Each square is one hour of one weekday; the darker it is, the more spasms started then.</source>
      <translation>Chaque case correspond à une heure d’un jour de la semaine ; plus elle est foncée, plus il y a eu de spasmes qui ont commencé à ce moment-là.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="131" />
      <source>Each week's typical (median) and worst intensity, and how long spasms typically lasted and how long you took to recover.</source>
      <translation>Pour chaque semaine : l’intensité habituelle (médiane) et la plus forte, la durée habituelle des spasmes et le temps qu’il vous a fallu pour récupérer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="183" />
      <source>Energy</source>
      <translation>Énergie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="85" />
      <source>Energy (0–10, 10 = lots)</source>
      <translation>Énergie (0–10, 10 = beaucoup)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="100" />
      <source>Everything</source>
      <translation>Tout</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="278" />
      <source>Fibro Desktop, self-tracked record · page %1 of %2</source>
      <translation>Fibro Desktop, suivi personnel · page %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="62" />
      <source>First day of the report</source>
      <translation>Premier jour du rapport</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="101" />
      <source>First day shown</source>
      <translation>Premier jour affiché</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="114" />
      <source>First four weeks</source>
      <translation>Quatre premières semaines</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="270" />
      <source>First weeks</source>
      <translation>Premières semaines</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="140" />
      <source>First – last</source>
      <translation>Premier – dernier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="192" />
      <source>From your daily check-ins (10 is best), with your spasms below on the same dates.</source>
      <translation>D’après vos bilans du jour (10 = le mieux), avec vos spasmes en dessous aux mêmes dates.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="91" />
      <source>Glasses of water</source>
      <translation>Verres d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="40" />
      <source>Hour of the day</source>
      <translation>Heure de la journée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="83" />
      <source>Hours of sleep</source>
      <translation>Heures de sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="140" />
      <source>How it went</source>
      <translation>Comment ça s’est passé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="63" />
      <source>How many spasms you logged, with a 7-day average. Medications and supplements you took are marked in the strip below.</source>
      <translation>Le nombre de spasmes que vous avez notés, avec une moyenne sur 7 jours. Les médicaments et compléments pris sont marqués dans la bande du dessous.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="95" />
      <source>How often each muscle group was involved. One spasm can involve several groups.</source>
      <translation>Combien de fois chaque groupe musculaire a été touché. Un spasme peut toucher plusieurs groupes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="158" />
      <source>How often each thing you tried during a spasm helped (fully or a little), out of the times you rated it. The range in brackets is where the true share probably lies; the list is ordered by its lower end, so many ratings count for more than a few lucky ones.</source>
      <translation>Combien de fois chaque chose essayée pendant un spasme a aidé (complètement ou un peu), sur les fois où vous l’avez évaluée. L’intervalle entre parenthèses est l’endroit où se situe probablement la vraie proportion ; la liste est classée selon sa borne basse, pour que beaucoup d’évaluations comptent plus que quelques coups de chance.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="167" />
      <source>How often it helped</source>
      <translation>Combien de fois ça a aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="169" />
      <source>How often what was tried during a spasm helped (fully or a little), with its 95 % range; ranked by the lower end of that range. Fewer than %1 ratings are too few to say.</source>
      <translation>Combien de fois ce qui a été essayé pendant un spasme a aidé (complètement ou un peu), avec son intervalle à 95 % ; classé selon la borne basse de cet intervalle. Moins de %1 évaluations, c’est trop peu pour le dire.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="50" />
      <source>How to read this</source>
      <translation>Comment lire ceci</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="134" />
      <source>Intensity 0–10</source>
      <translation>Intensité 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="131" />
      <source>Intensity, length and recovery</source>
      <translation>Intensité, durée et récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="106" />
      <source>Kind of spasm</source>
      <translation>Type de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="105" />
      <source>Kinds and places</source>
      <translation>Types et endroits</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="169" />
      <source>Kinds of spasm</source>
      <translation>Types de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="99" />
      <source>Last 12 months</source>
      <translation>12 derniers mois</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="99" />
      <source>Last 30 days</source>
      <translation>30 derniers jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="99" />
      <source>Last 7 days</source>
      <translation>7 derniers jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="99" />
      <source>Last 90 days</source>
      <translation>90 derniers jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="63" />
      <source>Last day of the report</source>
      <translation>Dernier jour du rapport</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="102" />
      <source>Last day shown</source>
      <translation>Dernier jour affiché</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="114" />
      <source>Last four weeks</source>
      <translation>Quatre dernières semaines</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="270" />
      <source>Last weeks</source>
      <translation>Dernières semaines</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="118" />
      <source>Make a PDF report for your provider</source>
      <translation>Créer un rapport PDF pour votre soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="150" />
      <source>Making your report…</source>
      <translation>Création de votre rapport…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="270" />
      <source>Measure</source>
      <translation>Mesure</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="42" />
      <source>Measuring the difference</source>
      <translation>Mesurer la différence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="89" />
      <source>Measuring the difference compares the first %1 days of this period that have records with its last %1 days. It needs at least %2 tracked days in each, and the two must not overlap. Not enough data yet.</source>
      <translation>« Mesurer la différence » compare les %1 premiers jours de cette période qui ont des données avec ses %1 derniers jours. Il faut au moins %2 jours suivis dans chacun, et les deux ne doivent pas se chevaucher. Pas encore assez de données.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="242" />
      <source>Measuring the difference compares the first %1 days with the last %1 days of the period shown, up to the last day you recorded. The two must not overlap, so this needs about two months of record in the period. Not enough data yet. Choosing "Everything" compares the start and the end of your whole record.</source>
      <translation>« Mesurer la différence » compare les %1 premiers jours avec les %1 derniers jours de la période affichée, jusqu’au dernier jour que vous avez noté. Les deux ne doivent pas se chevaucher : il faut donc environ deux mois de suivi dans la période. Pas encore assez de données. Choisir « Tout » compare le début et la fin de tout votre suivi.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="133" />
      <source>Medications and supplements</source>
      <translation>Médicaments et compléments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="142" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="305" />
      <source>Minutes of relaxation audio you listened to each day, and how much your tension eased on average (before minus after, 0–10) when you rated it.</source>
      <translation>Les minutes d’audio de détente écoutées chaque jour, et de combien votre tension a baissé en moyenne (avant moins après, 0–10) quand vous l’avez évaluée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="183" />
      <source>Mobility</source>
      <translation>Mobilité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="81" />
      <source>Mobility (0–10)</source>
      <translation>Mobilité (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="85" />
      <source>Mobility (0–10, 10 = moves freely)</source>
      <translation>Mobilité (0–10, 10 = bouge librement)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="182" />
      <source>Mood</source>
      <translation>Humeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="80" />
      <source>Mood (0–10)</source>
      <translation>Humeur (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="84" />
      <source>Mood (0–10, 10 = good)</source>
      <translation>Humeur (0–10, 10 = bonne)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="110" />
      <source>Muscle group</source>
      <translation>Groupe musculaire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="92" />
      <source>My notes for you</source>
      <translation>Mes notes pour vous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="139" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="124" />
      <source>Next day</source>
      <translation>Lendemain</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="272" />
      <source>No breaks recorded in this period. When the break timer in the Pacing tab runs, your breaks appear here.</source>
      <translation>Aucune pause enregistrée dans cette période. Quand le minuteur de pauses de l’onglet Rythme tourne, vos pauses apparaissent ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="222" />
      <source>No breaks were timed in this period.</source>
      <translation>Aucune pause n’a été minutée dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="150" />
      <source>No check-ins in this period.</source>
      <translation>Aucun bilan dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="211" />
      <source>No check-ins in this period. A short daily check-in in the Journal lets you see sleep, mood and energy beside your spasms.</source>
      <translation>Aucun bilan dans cette période. Un court bilan du jour dans le Journal vous permet de voir le sommeil, l’humeur et l’énergie à côté de vos spasmes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="210" />
      <source>No clear difference (%1 to %2 times as many).</source>
      <translation>Pas de différence nette (de %1 à %2 fois autant).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="146" />
      <source>No muscle groups noted in this period. When you tap where a spasm is, it appears here.</source>
      <translation>Aucun groupe musculaire noté dans cette période. Quand vous touchez l’endroit d’un spasme, il apparaît ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="130" />
      <source>No program to show PDF files was found on this computer. Your report is saved as %1 in the folder %2.</source>
      <translation>Aucun programme pour afficher les fichiers PDF n’a été trouvé sur cet ordinateur. Votre rapport est enregistré sous le nom %1 dans le dossier %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="159" />
      <source>No record at all %1: left blank in the chart, not counted as time without spasms.</source>
      <translation>Aucune donnée %1 : laissé vide dans le graphique, pas compté comme du temps sans spasme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="231" />
      <source>No relaxation sessions in this period.</source>
      <translation>Aucune séance de détente dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="326" />
      <source>No relaxation sessions in this period. Sessions you listen to in the Relax tab appear here.</source>
      <translation>Aucune séance de détente dans cette période. Les séances que vous écoutez dans l’onglet Détente apparaissent ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="153" />
      <source>No spasms logged in this period, so there is nothing to measure yet.</source>
      <translation>Aucun spasme noté dans cette période : il n’y a donc encore rien à mesurer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="54" />
      <source>No spasms logged in this period.</source>
      <translation>Aucun spasme noté dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="83" />
      <source>No spasms logged in this period. When you log them in the Journal, they appear here.</source>
      <translation>Aucun spasme noté dans cette période. Quand vous les notez dans le Journal, ils apparaissent ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="156" />
      <source>No triggers noted in a daily check-in in this period yet.</source>
      <translation>Aucun déclencheur noté dans un bilan du jour pour cette période pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="103" />
      <source>No triggers noted in this period yet.</source>
      <translation>Aucun déclencheur noté dans cette période pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="131" />
      <source>None in this period.</source>
      <translation>Rien dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="145" />
      <source>None logged in this period.</source>
      <translation>Rien de noté dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="133" />
      <source>Noted only on spasm entries:</source>
      <translation>Notés seulement sur des spasmes :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="129" />
      <source>Nothing to chart yet. As you log spasms and daily check-ins in the Journal, your charts and insights build up here. A week or two is enough to start seeing patterns.</source>
      <translation>Rien à afficher pour l’instant. À mesure que vous notez vos spasmes et vos bilans du jour dans le Journal, vos graphiques et vos observations se construisent ici. Une ou deux semaines suffisent pour commencer à voir des tendances.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="157" />
      <source>Nothing tried has been noted in this period yet.</source>
      <translation>Rien de ce que vous avez essayé n’a encore été noté dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="86" />
      <source>Overall pain (0–10, 10 = worst)</source>
      <translation>Douleur globale (0–10, 10 = la pire)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="167" />
      <source>PDF document (*.pdf)</source>
      <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" line="37" />
      <source>PNG picture (*.png)</source>
      <translation>Image PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="122" />
      <source>Pacing and relaxation</source>
      <translation>Rythme et détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="43" />
      <source>Pacing, relaxation and spasms</source>
      <translation>Rythme, détente et spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="162" />
      <source>Pale bars: weeks with fewer than 7 tracked days (cut by the period's start or end, or partly tracked); their spasms per week are worked out from the days tracked, so they rest on fewer days.</source>
      <translation>Barres pâles : semaines de moins de 7 jours suivis (coupées par le début ou la fin de la période, ou suivies en partie) ; leurs spasmes par semaine sont calculés d’après les jours suivis, donc ils reposent sur moins de jours.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="75" />
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="112" />
      <source>Period problem</source>
      <translation>Problème de période</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="97" />
      <source>Period shown</source>
      <translation>Période affichée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="84" />
      <source>Period: %1 to %2 (%3). Made on %4.</source>
      <translation>Période : du %1 au %2 (%3). Créé le %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="115" />
      <source>Possible triggers</source>
      <translation>Déclencheurs possibles</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="53" />
      <source>Provider report</source>
      <translation>Rapport pour le soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="117" />
      <source>Provider report…</source>
      <translation>Rapport pour le soignant…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="79" />
      <source>Reading your records…</source>
      <translation>Lecture de vos données…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="305" />
      <source>Relaxation</source>
      <translation>Détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="237" />
      <source>Relaxation and spasms</source>
      <translation>Détente et spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="289" />
      <source>Relaxation and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Détente et spasmes : pas encore assez de données (au moins %1 jours de chaque côté).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="167" />
      <source>Relief</source>
      <translation>Soulagement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="111" />
      <source>Report saved</source>
      <translation>Rapport enregistré</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="124" />
      <source>Same day</source>
      <translation>Même jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="85" />
      <source>Save PDF…</source>
      <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" line="141" />
      <source>Save as picture…</source>
      <translation>Enregistrer comme image…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" line="36" />
      <source>Save chart as picture</source>
      <translation>Enregistrer le graphique comme image</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" line="142" />
      <source>Save the chart %1 as a picture</source>
      <translation>Enregistrer le graphique %1 comme image</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="167" />
      <source>Save the report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="140" />
      <source>Side effects noted</source>
      <translation>Effets secondaires notés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="139" />
      <source>Skipped</source>
      <translation>Non prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="182" />
      <source>Sleep quality</source>
      <translation>Qualité du sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" line="78" />
      <source>Sleep quality (0–10)</source>
      <translation>Qualité du sommeil (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="83" />
      <source>Sleep quality (0–10, 10 = slept well)</source>
      <translation>Qualité du sommeil (0–10, 10 = bien dormi)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="192" />
      <source>Sleep, mood, energy and mobility</source>
      <translation>Sommeil, humeur, énergie et mobilité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="83" />
      <source>Spasm record for my provider</source>
      <translation>Suivi de mes spasmes pour mon soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="66" />
      <source>Spasms</source>
      <translation>Spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="57" />
      <source>Spasms logged</source>
      <translation>Spasmes notés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="258" />
      <source>Spasms next day</source>
      <translation>Spasmes le lendemain</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="136" />
      <source>Spasms on days when a trigger was ticked in the daily check-in, against check-in days without it (same day, and the day after), adjusted for the stage of the record and the other triggers. 1× means no difference; the range shows what else fits the record. These are patterns, not causes.</source>
      <translation>Spasmes les jours où un déclencheur a été coché dans le bilan du jour, comparés aux jours de bilan sans lui (même jour, et lendemain), ajustés selon l’étape du suivi et les autres déclencheurs. 1× signifie aucune différence ; l’intervalle montre ce qui reste compatible avec le suivi. Ce sont des tendances, pas des causes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="106" />
      <source>Spasms on days you ticked a trigger in your daily check-in, compared with days you did not (from %1). Same day: spasms that day; next day: spasms the day after. Each number is adjusted for the time of year and for your other triggers; the range in brackets is where the true number probably lies.</source>
      <translation>Spasmes les jours où vous avez coché un déclencheur dans votre bilan du jour, comparés aux jours où vous ne l’avez pas coché (d’après %1). Même jour : spasmes ce jour-là ; lendemain : spasmes le jour suivant. Chaque chiffre est ajusté selon la période de l’année et vos autres déclencheurs ; l’intervalle entre parenthèses est l’endroit où se situe probablement le vrai chiffre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="63" />
      <source>Spasms over time</source>
      <translation>Spasmes au fil du temps</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="123" />
      <source>Spasms per day</source>
      <translation>Spasmes par jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="262" />
      <source>Spasms per tracked day</source>
      <translation>Spasmes par jour suivi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="94" />
      <source>Spasms per week</source>
      <translation>Spasmes par semaine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="62" />
      <source>Spasms per week (over tracked days)</source>
      <translation>Spasmes par semaine (sur les jours suivis)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="140" />
      <source>Spasms per week, over the days tracked</source>
      <translation>Spasmes par semaine, sur les jours suivis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="91" />
      <source>Stress (0–10, 10 = worst)</source>
      <translation>Stress (0–10, 10 = le pire)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="95" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="139" />
      <source>Taken on</source>
      <translation>Prise le</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="311" />
      <source>Tension eased</source>
      <translation>Tension apaisée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="292" />
      <source>The day after a relaxation session (%1 days): %2 spasms on average; the day after a day without one (%3 days): %4.</source>
      <translation>Le lendemain d’une séance de détente (%1 jours) : %2 spasmes en moyenne ; le lendemain d’un jour sans séance (%3 jours) : %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" line="197" />
      <source>The first day must come before the last.</source>
      <translation>Le premier jour doit venir avant le dernier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="248" />
      <source>The first four weeks of the period shown (%1 – %2: %3, %4) against its last four weeks (%5 – %6: %7, %8), up to the last day you recorded. A tracked day is a day with any record.</source>
      <translation>Les quatre premières semaines de la période affichée (%1 – %2 : %3, %4) comparées à ses quatre dernières semaines (%5 – %6 : %7, %8), jusqu’au dernier jour que vous avez noté. Un jour suivi est un jour avec au moins une donnée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="96" />
      <source>The first four weeks of this period that have records (%1 to %2, %3 tracked days) against its last four weeks (%4 to %5, %6 tracked days). A change is named only when its 95 % range leaves out “no change”; otherwise it says “no clear change”.</source>
      <translation>Les quatre premières semaines de cette période qui ont des données (du %1 au %2, %3 jours suivis) comparées à ses quatre dernières semaines (du %4 au %5, %6 jours suivis). Une évolution n’est nommée que si son intervalle à 95 % exclut « aucun changement » ; sinon, il est écrit « pas de changement net ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="155" />
      <source>The report could not be saved</source>
      <translation>Le rapport n’a pas pu être enregistré</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="153" />
      <source>The report could not be written to %1. Please choose another place and try again.</source>
      <translation>Le rapport n’a pas pu être écrit dans %1. Choisissez un autre endroit et réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="59" />
      <source>These are patterns in your own record, not causes. Talk them over with your doctor or care team before changing anything.</source>
      <translation>Ce sont des tendances dans votre propre suivi, pas des causes. Parlez-en à votre médecin ou à votre équipe soignante avant de changer quoi que ce soit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="134" />
      <source>These have no number: a trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong. To see how it goes with your spasms, tick it in your daily check-in on the days it happens.</source>
      <translation>Ceux-ci n’ont pas de chiffre : un déclencheur noté sur un spasme va toujours avec un spasme, donc comparer les jours avec et sans lui le ferait paraître fort. Pour voir son lien avec vos spasmes, cochez-le dans votre bilan du jour les jours où il se présente.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="161" />
      <source>These were noted only on spasm entries, never in a daily check-in. A trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong: no ratio is shown.</source>
      <translation>Ceux-ci ont été notés seulement sur des spasmes, jamais dans un bilan du jour. Un déclencheur noté sur un spasme va toujours avec un spasme, donc comparer les jours avec et sans lui le ferait paraître fort : aucun rapport n’est affiché.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="88" />
      <source>This summary comes from a personal self-tracking app (Fibro Desktop). It is what I noted myself; it is not a diagnosis and the app is not a medical device.</source>
      <translation>Ce résumé provient d’une application personnelle de suivi (Fibro Desktop). C’est ce que j’ai noté moi-même ; ce n’est pas un diagnostic, et l’application n’est pas un dispositif médical.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="124" />
      <source>Trigger</source>
      <translation>Déclencheur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="42" />
      <source>Triggers</source>
      <translation>Déclencheurs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="105" />
      <source>Typical intensity (0–10)</source>
      <translation>Intensité habituelle (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="63" />
      <source>Typical intensity (median, 0–10)</source>
      <translation>Intensité habituelle (médiane, 0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="106" />
      <source>Typical length</source>
      <translation>Durée habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="65" />
      <source>Typical length (median)</source>
      <translation>Durée habituelle (médiane)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="107" />
      <source>Typical recovery time</source>
      <translation>Temps de récupération habituel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="66" />
      <source>Typical recovery time (median)</source>
      <translation>Temps de récupération habituel (médiane)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="167" />
      <source>Typical time to relief</source>
      <translation>Temps habituel avant soulagement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="265" />
      <source>Typical values are medians, with how many values each window has. A change is named only when its range leaves "no change" out; otherwise it says "no clear change": the windows differ by no more than everyday ups and downs could explain.</source>
      <translation>Les valeurs habituelles sont des médianes, avec le nombre de valeurs de chaque période. Une évolution n’est nommée que si son intervalle exclut « aucun changement » ; sinon, il est écrit « pas de changement net » : les périodes ne diffèrent pas plus que ce que les hauts et les bas de tous les jours peuvent expliquer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="74" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="139" />
      <source>Usual amount</source>
      <translation>Quantité habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="96" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" line="162" />
      <source>Value under the pointer</source>
      <translation>Valeur sous le pointeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="126" />
      <source>Warning signs noticed</source>
      <translation>Signes d’alerte remarqués</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="348" />
      <source>Week of %1: %2 minutes in %3 sessions</source>
      <translation>Semaine du %1 : %2 minutes en %3 séances</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="295" />
      <source>Week of %1: %2 of %3 breaks taken; %4 spasms on the following days</source>
      <translation>Semaine du %1 : %2 pauses prises sur %3 ; %4 spasmes les jours suivants</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="122" />
      <source>Week of %1: %2 spasms</source>
      <translation>Semaine du %1 : %2 spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="173" />
      <source>Week of %1: %2 spasms, typical intensity %3, worst %4, typical length %5, recovery %6</source>
      <translation>Semaine du %1 : %2 spasmes, intensité habituelle %3, la plus forte %4, durée habituelle %5, récupération %6</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="43" />
      <source>What helped</source>
      <translation>Ce qui a aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="128" />
      <source>What was noticed</source>
      <translation>Ce qui a été remarqué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="28" />
      <source>When spasms happen</source>
      <translation>Quand les spasmes surviennent</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="323" />
      <source>When you listen to sessions in the Relax tab, your listening appears here.</source>
      <translation>Quand vous écoutez des séances dans l’onglet Détente, votre écoute apparaît ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="269" />
      <source>When you use the break timer in the Pacing tab, your breaks appear here.</source>
      <translation>Quand vous utilisez le minuteur de pauses de l’onglet Rythme, vos pauses apparaissent ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" line="95" />
      <source>Where spasms happen</source>
      <translation>Où les spasmes surviennent</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="112" />
      <source>Working out the insights…</source>
      <translation>Calcul des observations…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="64" />
      <source>Worst intensity (0–10)</source>
      <translation>Intensité la plus forte (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="266" />
      <source>Writing the PDF…</source>
      <translation>Écriture du PDF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="124" />
      <source>Writing the tables…</source>
      <translation>Écriture des tableaux…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="220" />
      <source>You have not used Pacing (the break timer).</source>
      <translation>Vous n’avez pas utilisé Rythme (le minuteur de pauses).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="229" />
      <source>You have not used Relax (relaxation audio and breathing).</source>
      <translation>Vous n’avez pas utilisé Détente (audio de détente et respiration).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="153" />
      <source>You have not used the daily check-in, where triggers are ticked for this comparison.</source>
      <translation>Vous n’avez pas utilisé le bilan du jour, où l’on coche les déclencheurs pour cette comparaison.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="148" />
      <source>You have not used the daily check-in.</source>
      <translation>Vous n’avez pas utilisé le bilan du jour.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="143" />
      <source>You have not used the medication log.</source>
      <translation>Vous n’avez pas utilisé le suivi des médicaments.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="79" />
      <source>Your note for the provider</source>
      <translation>Votre note pour le soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" line="114" />
      <source>Your report is saved as %1 in the folder %2.</source>
      <translation>Votre rapport est enregistré sous le nom %1 dans le dossier %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="209" />
      <source>about %1 higher (%2 to %3 higher)</source>
      <translation>environ %1 de plus (de %2 à %3 de plus)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="206" />
      <source>about %1 lower (%2 to %3 lower)</source>
      <translation>environ %1 de moins (de %2 à %3 de moins)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="74" />
      <source>about %1 points higher (%2 to %3 higher)</source>
      <translation>environ %1 points de plus (de %2 à %3 de plus)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="74" />
      <source>about %1 points lower (%2 to %3 lower)</source>
      <translation>environ %1 points de moins (de %2 à %3 de moins)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="70" />
      <source>about %1 times as long (%2 to %3)</source>
      <translation>environ %1 fois aussi long (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="59" />
      <source>about %1 times as many (%2 to %3 times)</source>
      <translation>environ %1 fois autant (de %2 à %3 fois)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="73" />
      <source>about %1 times as many spasms (%2 to %3)</source>
      <translation>environ %1 fois autant de spasmes (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="78" />
      <source>could be chance</source>
      <translation>peut-être dû au hasard</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="83" />
      <source>days with it: %1, without: %2</source>
      <translation>jours avec : %1, sans : %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="179" />
      <source>fewer: about %1 times as many (%2 to %3)</source>
      <translation>moins : environ %1 fois autant (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="157" />
      <source>from %1 to %2</source>
      <translation>du %1 au %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="146" />
      <source>helped %1 of %n time</source>
      <translation>a aidé %1 fois sur %n</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="185" />
      <source>helped %1 of %n time (%2 % to %3 %)</source>
      <translation>a aidé %1 fois sur %n (de %2 % à %3 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="146" />
      <source>helped %1 of %n times</source>
      <translation>a aidé %1 fois sur %n</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="186" />
      <source>helped %1 of %n times (%2 % to %3 %)</source>
      <translation>a aidé %1 fois sur %n (de %2 % à %3 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" line="137" />
      <source>helped %1, a little %2, not %3</source>
      <translation>a aidé %1, un peu %2, pas du tout %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" line="51" />
      <source>how to read: %1</source>
      <translation>comment lire : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="145" />
      <source>length</source>
      <translation>durée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="201" />
      <source>longer: about %1 times as long (%2 to %3)</source>
      <translation>plus long : environ %1 fois aussi long (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="167" />
      <source>mobility</source>
      <translation>mobilité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="167" />
      <source>mood</source>
      <translation>humeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="175" />
      <source>more spasms now (none in the first weeks)</source>
      <translation>plus de spasmes maintenant (aucun dans les premières semaines)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="181" />
      <source>more: about %1 times as many (%2 to %3)</source>
      <translation>plus : environ %1 fois autant (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="204" />
      <source>no clear change</source>
      <translation>pas de changement net</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="72" />
      <source>no clear change (%1 to %2 points)</source>
      <translation>pas de changement net (de %1 à %2 points)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="202" />
      <source>no clear change (%1 to %2 times as long)</source>
      <translation>pas de changement net (de %1 à %2 fois aussi long)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="182" />
      <source>no clear change (%1 to %2 times as many)</source>
      <translation>pas de changement net (de %1 à %2 fois autant)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="58" />
      <source>no clear change (%1 to %2 times)</source>
      <translation>pas de changement net (de %1 à %2 fois)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="212" />
      <source>no clear change (between %1 lower and %2 higher)</source>
      <translation>pas de changement net (entre %1 de moins et %2 de plus)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="126" />
      <source>no record that day</source>
      <translation>aucune donnée ce jour-là</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="143" />
      <source>no record that week</source>
      <translation>aucune donnée cette semaine-là</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="173" />
      <source>no spasms in either window</source>
      <translation>aucun spasme dans aucune des deux périodes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="56" />
      <source>no spasms in one of the two windows: no ratio</source>
      <translation>aucun spasme dans l’une des deux périodes : pas de rapport calculé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="72" />
      <source>not enough data yet</source>
      <translation>pas encore assez de données</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="122" />
      <source>not enough data yet (%1 days with it, %2 without; %3 each needed)</source>
      <translation>pas encore assez de données (%1 jours avec, %2 sans ; il en faut %3 de chaque)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="128" />
      <source>not enough data yet (%1)</source>
      <translation>pas encore assez de données (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="257" />
      <source>not enough data yet (at least %1 tracked days in each)</source>
      <translation>pas encore assez de données (au moins %1 jours suivis dans chacune)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="191" />
      <source>not rated yet</source>
      <translation>pas encore évalué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="156" />
      <source>on %1</source>
      <translation>le %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="144" />
      <source>only part of the week tracked</source>
      <translation>semaine suivie en partie seulement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="189" />
      <source>rated %n times: too few to say</source>
      <translation>évalué %n fois : trop peu pour le dire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="189" />
      <source>rated once: too few to say</source>
      <translation>évalué une fois : trop peu pour le dire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="146" />
      <source>recovery</source>
      <translation>récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="114" />
      <source>right axis: intensity 0–10</source>
      <translation>axe de droite : intensité 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="199" />
      <source>shorter: about %1 times as long (%2 to %3)</source>
      <translation>plus court : environ %1 fois aussi long (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="167" />
      <source>sleep quality</source>
      <translation>qualité du sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="124" />
      <source>spasms per day (left axis)</source>
      <translation>spasmes par jour (axe de gauche)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="141" />
      <source>spasms per week (left axis)</source>
      <translation>spasmes par semaine (axe de gauche)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="76" />
      <source>stands out in your record</source>
      <translation>ressort dans votre suivi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="65" />
      <source>too few to compare (%1 and %2 values; %3 each needed)</source>
      <translation>trop peu pour comparer (%1 et %2 valeurs ; il en faut %3 de chaque)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="145" />
      <source>tried %n times, not rated</source>
      <translation>essayé %n fois, pas évalué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="145" />
      <source>tried once, not rated</source>
      <translation>essayé une fois, pas évalué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="136" />
      <source>typical</source>
      <translation>habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" line="151" />
      <source>typical intensity</source>
      <translation>intensité habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" line="65" />
      <source>with it: %1, %2 · without: %3, %4</source>
      <translation>avec : %1, %2 · sans : %3, %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" line="139" />
      <source>worst</source>
      <translation>la plus forte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" line="149" />
      <source>“Could be chance”: with several triggers and two windows, some ranges miss 1 by luck alone. Only a finding that stands out even after allowing for that goes without this mark.</source>
      <translation>« Peut-être dû au hasard » : avec plusieurs déclencheurs et deux périodes, certains intervalles excluent 1 par simple hasard. Seul un résultat qui ressort même en tenant compte de cela n’a pas cette mention.</translation>
    </message>
  </context>
  <context>
    <name>ChartsTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" line="34" />
      <source>Charts</source>
      <translation>Graphiques</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" line="41" />
      <source>Make a PDF summary of a period to bring to your provider</source>
      <translation>Créer un résumé PDF d’une période à apporter à votre soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" line="39" />
      <source>Provider &amp;report…</source>
      <translation>&amp;Rapport pour le soignant…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" line="34" />
      <source>Trends, insights and the provider report</source>
      <translation>Tendances, observations et rapport pour le soignant</translation>
    </message>
  </context>
  <context>
    <name>CheckInForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="149" />
      <source>A minute for how the day went. Answer what you like and leave the rest blank; you can come back and change it.</source>
      <translation>Une minute pour dire comment s’est passée la journée. Répondez à ce que vous voulez et laissez le reste vide ; vous pourrez revenir le modifier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="191" />
      <source>Anything else?</source>
      <translation>Autre chose ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="72" />
      <source>Calm</source>
      <translation>Calme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="345" />
      <source>Choose the day this check-in is for.</source>
      <translation>Choisissez le jour concerné par ce bilan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/daily_activities.py" line="26" />
      <source>Could you do your daily activities without interruption?</source>
      <translation>Avez-vous pu faire vos activités quotidiennes sans interruption ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="181" />
      <source>Daily activities</source>
      <translation>Activités quotidiennes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="126" />
      <source>Daily check-in</source>
      <translation>Bilan du jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="65" />
      <source>Energy</source>
      <translation>Énergie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="66" />
      <source>Exhausted</source>
      <translation>Épuisé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="179" />
      <source>Glasses of water</source>
      <translation>Verres d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="64" />
      <source>Good</source>
      <translation>Bonne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="70" />
      <source>Hardly at all</source>
      <translation>Presque pas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="287" />
      <source>Here is what you saved for %1. Change anything and save again.</source>
      <translation>Voici ce que vous avez enregistré pour le %1. Modifiez ce que vous voulez et enregistrez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="168" />
      <source>Hours of sleep</source>
      <translation>Heures de sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="66" />
      <source>Lots of energy</source>
      <translation>Beaucoup d’énergie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="64" />
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="63" />
      <source>Mood</source>
      <translation>Humeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="70" />
      <source>Moved freely</source>
      <translation>Librement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="69" />
      <source>Moving about</source>
      <translation>Se déplacer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="68" />
      <source>No pain</source>
      <translation>Aucune douleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="176" />
      <source>Not answered</source>
      <translation>Sans réponse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="397" />
      <source>Not saved yet: please look at the note next to the field.</source>
      <translation>Pas encore enregistré : regardez la note à côté du champ.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="196" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="67" />
      <source>Overall pain</source>
      <translation>Douleur globale</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="199" />
      <source>Save check-in</source>
      <translation>Enregistrer le bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="203" />
      <source>Save the check-in (Ctrl+Enter from anywhere in the form)</source>
      <translation>Enregistrer le bilan (Ctrl+Entrée depuis n’importe où dans le formulaire)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="379" />
      <source>Saved for %1. Thank you for checking in.</source>
      <translation>Enregistré pour le %1. Merci pour ce bilan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="61" />
      <source>Sleep quality</source>
      <translation>Qualité du sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="62" />
      <source>Slept badly</source>
      <translation>Mal dormi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="62" />
      <source>Slept well</source>
      <translation>Bien dormi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="71" />
      <source>Stress</source>
      <translation>Stress</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="72" />
      <source>Very stressed</source>
      <translation>Très stressé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="190" />
      <source>Weakness, numbness, fever or the like</source>
      <translation>Faiblesse, engourdissement, fièvre ou autre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="189" />
      <source>What happened that day</source>
      <translation>Ce qui s’est passé ce jour-là</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="187" />
      <source>What you did</source>
      <translation>Ce que vous avez fait</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="146" />
      <source>Why a daily check-in helps</source>
      <translation>Pourquoi un bilan du jour aide</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="68" />
      <source>Worst pain</source>
      <translation>La pire douleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="353" />
      <source>Write the hours as a number, like 7.5 or 7:30.</source>
      <translation>Écrivez les heures en chiffres, par exemple 7,5 ou 7:30.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="165" />
      <source>for example 7.5 or 7:30</source>
      <translation>par exemple 7,5 ou 7:30</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="186" />
      <source>for example a short walk, housework, desk work</source>
      <translation>par exemple une petite marche, le ménage, du travail de bureau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" line="147" />
      <source>how spasms affect your day</source>
      <translation>comment les spasmes touchent votre journée</translation>
    </message>
  </context>
  <context>
    <name>Cover</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="36" />
      <source>Break, full screen</source>
      <translation>Pause, plein écran</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="56" />
      <source>Ends this break now; it counts as skipped</source>
      <translation>Termine cette pause maintenant ; elle compte comme passée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="55" />
      <source>I need my &amp;screen</source>
      <translation>J’ai besoin de mon &amp;écran</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="44" />
      <source>Time left</source>
      <translation>Temps restant</translation>
    </message>
  </context>
  <context>
    <name>DataSafety</name>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="57" />
      <source>%1 already exists.

Replace it with this export?</source>
      <translation>%1 existe déjà.

Le remplacer par cet export ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="42" />
      <source>%1 check-ins</source>
      <translation>%1 bilans</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="40" />
      <source>%1 episodes</source>
      <translation>%1 épisodes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="178" />
      <source>%1 recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</source>
      <translation>%1 enregistrements sont arrivés sans leur fichier son : gardez le fichier …-audio.zip à côté de l’export et importez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="175" />
      <source>%1 recordings were brought into your audio folder.</source>
      <translation>%1 enregistrements ont été ajoutés à votre dossier audio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="82" />
      <source>&amp;Back up now</source>
      <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="354" />
      <source>&amp;Backups and restore…</source>
      <translation>Sau&amp;vegardes et restauration…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="98" />
      <source>&amp;Export…</source>
      <translation>&amp;Exporter…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="89" />
      <source>&amp;From:</source>
      <translation>&amp;Du :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="353" />
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="62" />
      <source>&amp;JSON: one file with everything, to bring back into Fibro Desktop</source>
      <translation>&amp;JSON : un seul fichier avec tout, à réimporter dans Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="84" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="80" />
      <source>&amp;Restore the latest good backup</source>
      <translation>&amp;Revenir à la dernière bonne sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="83" />
      <source>&amp;Restore…</source>
      <translation>&amp;Restaurer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="83" />
      <source>&amp;Save what can be read…</source>
      <translation>&amp;Enregistrer ce qui peut être lu…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="90" />
      <source>&amp;To:</source>
      <translation>&amp;Au :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="42" />
      <source>1 check-in</source>
      <translation>1 bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="40" />
      <source>1 episode</source>
      <translation>1 épisode</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="110" />
      <source>A copy of each backup also goes to: %1</source>
      <translation>Une copie de chaque sauvegarde va aussi dans : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="24" />
      <source>After changes, at exit</source>
      <translation>Après des modifications, à la fermeture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="54" />
      <source>An export is a copy of your data in an open format, to keep, to move to another computer, or to open in a spreadsheet. It stays where you save it; nothing is sent.</source>
      <translation>Un export est une copie de vos données dans un format ouvert, à garder, à transférer sur un autre ordinateur ou à ouvrir dans un tableur. Il reste là où vous l’enregistrez ; rien n’est envoyé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="390" />
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="173" />
      <source>Backup made and checked.</source>
      <translation>Sauvegarde faite et vérifiée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="253" />
      <source>Backup restored. Your data as it was before is kept as a backup too.</source>
      <translation>Sauvegarde restaurée. Vos données telles qu’elles étaient avant sont aussi gardées en sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="33" />
      <source>Backups and restore</source>
      <translation>Sauvegardes et restauration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="391" />
      <source>Backups and restore…</source>
      <translation>Sauvegardes et restauration…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="49" />
      <source>Backups, newest first</source>
      <translation>Sauvegardes, les plus récentes d’abord</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="29" />
      <source>Before a passphrase change</source>
      <translation>Avant un changement de phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="26" />
      <source>Before a restore</source>
      <translation>Avant une restauration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="27" />
      <source>Before an import</source>
      <translation>Avant un import</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="28" />
      <source>Before an update of your data</source>
      <translation>Avant une mise à jour de vos données</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="64" />
      <source>CSV in a &amp;folder: the same, as loose files</source>
      <translation>CSV dans un d&amp;ossier : la même chose, en fichiers séparés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="63" />
      <source>CSV in a &amp;zip: one table per file, for spreadsheets</source>
      <translation>CSV dans un &amp;zip : un tableau par fichier, pour les tableurs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" line="66" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="36" />
      <source>Cannot be read</source>
      <translation>Illisible</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="67" />
      <source>Choose &amp;folder…</source>
      <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="68" />
      <source>Choose a second folder for copies of backups</source>
      <translation>Choisir un second dossier pour des copies des sauvegardes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="43" />
      <source>Choose an export to import</source>
      <translation>Choisir un export à importer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="111" />
      <source>Copies to a second folder (say, one your own sync service watches): off.</source>
      <translation>Copies dans un second dossier (par exemple un dossier surveillé par votre propre service de synchronisation) : désactivées.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="23" />
      <source>Daily</source>
      <translation>Chaque jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="145" />
      <source>Delete the backup from %1 (%2) for good?

Your data and your other backups are not touched.</source>
      <translation>Supprimer définitivement la sauvegarde du %1 (%2) ?

Vos données et vos autres sauvegardes ne sont pas touchées.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="70" />
      <source>Details: %1</source>
      <translation>Détails : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="58" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="33" />
      <source>Export (*%1)</source>
      <translation>Export (*%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="118" />
      <source>Export cancelled. Nothing was written.</source>
      <translation>Export annulé. Rien n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="362" />
      <source>Export what can be read</source>
      <translation>Exporter ce qui peut être lu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="49" />
      <source>Export your data</source>
      <translation>Exporter vos données</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="111" />
      <source>Exported %1 entries from %2 tables to %3.</source>
      <translation>%1 entrées exportées depuis %2 tableaux vers %3.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="109" />
      <source>Exporting your data…</source>
      <translation>Export de vos données…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="542" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="44" />
      <source>Fibro Desktop exports (*.json *.zip %1)</source>
      <translation>Exports Fibro Desktop (*.json *.zip %1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="38" />
      <source>Fibro Desktop keeps a checked copy of your data every day you use it and after changes, for the last week, month and year. Backups made before an import, a restore, an update or a passphrase change are kept for 90 days, so you can always undo them. Your own recordings are kept with the backups too. Restoring a backup first saves your data as it is now, so nothing is lost.</source>
      <translation>Fibro Desktop garde une copie vérifiée de vos données chaque jour où vous l’utilisez et après des modifications, pour la dernière semaine, le dernier mois et la dernière année. Les sauvegardes faites avant un import, une restauration, une mise à jour ou un changement de phrase secrète sont gardées 90 jours, pour que vous puissiez toujours revenir en arrière. Vos propres enregistrements sont aussi gardés avec les sauvegardes. Restaurer une sauvegarde enregistre d’abord vos données telles qu’elles sont maintenant : rien n’est perdu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="165" />
      <source>Folder for copies of your backups</source>
      <translation>Dossier pour les copies de vos sauvegardes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="28" />
      <source>Folder to put the export folder in</source>
      <translation>Dossier où placer le dossier d’export</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="59" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="139" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="141" />
      <source>Import %1 entries from %2?

Entries you already have are recognised and skipped. Your data is backed up first.</source>
      <translation>Importer %1 entrées depuis %2 ?

Les entrées que vous avez déjà sont reconnues et ignorées. Vos données sont d’abord sauvegardées.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="154" />
      <source>Import cancelled. Nothing was changed.</source>
      <translation>Import annulé. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="150" />
      <source>Imported %1 new entries; %2 were already there.</source>
      <translation>%1 nouvelles entrées importées ; %2 étaient déjà là.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="149" />
      <source>Importing…</source>
      <translation>Import en cours…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="72" />
      <source>Include my own &amp;recordings (in a second file, …-audio.zip, saved beside the export; keep the two together)</source>
      <translation>Inclure mes propres en&amp;registrements (dans un second fichier, …-audio.zip, enregistré à côté de l’export ; gardez les deux ensemble)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="62" />
      <source>Latest good backup: %1, holding %2.</source>
      <translation>Dernière bonne sauvegarde : %1, contenant %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="25" />
      <source>Made by you</source>
      <translation>Faite par vous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="168" />
      <source>Making a backup and checking it…</source>
      <translation>Sauvegarde en cours et vérification…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="59" />
      <source>No backups yet. The first one is made today, or press “Back up now”.</source>
      <translation>Pas encore de sauvegarde. La première est faite aujourd’hui, ou appuyez sur « Sauvegarder maintenant ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="573" />
      <source>Nothing could be read: %1</source>
      <translation>Rien n’a pu être lu : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="288" />
      <source>Nothing could be saved: %1</source>
      <translation>Rien n’a pu être enregistré : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="138" />
      <source>Nothing was imported. %1</source>
      <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="156" />
      <source>Nothing was imported: the recordings could not be copied (%1).</source>
      <translation>Rien n’a été importé : les enregistrements n’ont pas pu être copiés (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="79" />
      <source>Only &amp;these days:</source>
      <translation>Seulement &amp;ces jours-là :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="282" />
      <source>Please choose a place outside the data folder: nothing is ever written there but your data itself.</source>
      <translation>Choisissez un endroit en dehors du dossier de données : rien d’autre que vos données n’y est jamais écrit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" line="67" />
      <source>Please wait</source>
      <translation>Veuillez patienter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="84" />
      <source>Re&amp;move…</source>
      <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="85" />
      <source>Remove the selected backup</source>
      <translation>Supprimer la sauvegarde choisie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="144" />
      <source>Remove this backup?</source>
      <translation>Supprimer cette sauvegarde ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="135" />
      <source>Replace your data by the backup from %1 (%2)?

Your data as it is now is saved as a backup first, so you can go back.</source>
      <translation>Remplacer vos données par la sauvegarde du %1 (%2) ?

Vos données telles qu’elles sont maintenant sont d’abord enregistrées en sauvegarde : vous pourrez revenir en arrière.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="361" />
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="522" />
      <source>Restore failed</source>
      <translation>La restauration a échoué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="134" />
      <source>Restore this backup?</source>
      <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="70" />
      <source>S&amp;top copying</source>
      <translation>&amp;Arrêter les copies</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="32" />
      <source>Save the export as</source>
      <translation>Enregistrer l’export sous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="455" />
      <source>Save what can be read as</source>
      <translation>Enregistrer ce qui peut être lu sous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="289" />
      <source>Saved %1 entries to %2.</source>
      <translation>%1 entrées enregistrées dans %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" line="43" />
      <source>Settings only, no entries yet</source>
      <translation>Paramètres seulement, pas encore d’entrées</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="87" />
      <source>Start &amp;with no data (backups kept)</source>
      <translation>&amp;Démarrer sans données (sauvegardes gardées)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="133" />
      <source>The backup was removed.</source>
      <translation>La sauvegarde a été supprimée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="120" />
      <source>The export could not be written: %1</source>
      <translation>L’export n’a pas pu être écrit : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" line="116" />
      <source>The first day is after the last day. Please swap them.</source>
      <translation>Le premier jour est après le dernier. Inversez-les.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="66" />
      <source>There is no good backup to go back to.</source>
      <translation>Il n’y a pas de bonne sauvegarde à laquelle revenir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="291" />
      <source>These parts could not be read: %1.</source>
      <translation>Ces parties n’ont pas pu être lues : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="95" />
      <source>This place is inside Fibro Desktop's own data folder, where your data and its backups live. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Cet endroit se trouve dans le dossier de données de Fibro Desktop, où vivent vos données et leurs sauvegardes. Rien n’a été écrit. Choisissez un autre endroit, par exemple votre dossier Documents.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="564" />
      <source>This place is inside Fibro Desktop's own data folder. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Cet endroit se trouve dans le dossier de données de Fibro Desktop. Rien n’a été écrit. Choisissez un autre endroit, par exemple votre dossier Documents.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="48" />
      <source>What it holds</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="48" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" line="48" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="47" />
      <source>Your data could not be opened</source>
      <translation>Vos données n’ont pas pu être ouvertes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="35" />
      <source>Your data could not be opened. It has not been changed. You can go back to your latest good backup, or save what can still be read to a file first.</source>
      <translation>Vos données n’ont pas pu être ouvertes. Elles n’ont pas été modifiées. Vous pouvez revenir à votre dernière bonne sauvegarde, ou d’abord enregistrer dans un fichier ce qui peut encore être lu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="32" />
      <source>Your data file is damaged, perhaps by a crash of the computer or a problem with the disk. It has not been changed. You can go back to your latest good backup (the damaged file is kept aside, not deleted), or save what can still be read to a file first.</source>
      <translation>Votre fichier de données est abîmé, peut-être à cause d’un plantage de l’ordinateur ou d’un problème de disque. Il n’a pas été modifié. Vous pouvez revenir à votre dernière bonne sauvegarde (le fichier abîmé est mis de côté, pas supprimé), ou d’abord enregistrer dans un fichier ce qui peut encore être lu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="28" />
      <source>Your data file is empty or missing, but backups of your data are here, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing has been changed. You can go back to your latest good backup.</source>
      <translation>Votre fichier de données est vide ou absent, mais des sauvegardes de vos données sont là : ce n’est donc pas un nouveau départ. Les données ont probablement été perdues lors d’un plantage, d’un disque plein ou par un service de synchronisation. Rien n’a été modifié. Vous pouvez revenir à votre dernière bonne sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="52" />
      <source>Your data needs attention</source>
      <translation>Vos données demandent votre attention</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" line="24" />
      <source>Your data was saved by a newer version of Fibro Desktop than this one. This version cannot safely change it, so it has not touched it. Please install the newer version again; or, to go on with this one, restore an earlier backup.</source>
      <translation>Vos données ont été enregistrées par une version de Fibro Desktop plus récente que celle-ci. Cette version ne peut pas les modifier sans risque, donc elle n’y a pas touché. Réinstallez la version plus récente ; ou, pour continuer avec celle-ci, restaurez une sauvegarde plus ancienne.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" line="115" />
      <source>Your recordings are in %1 beside it; keep the two files together.</source>
      <translation>Vos enregistrements sont dans %1, à côté ; gardez les deux fichiers ensemble.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="332" />
      <source>the disk is full.</source>
      <translation>le disque est plein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" line="334" />
      <source>this folder cannot be written to.</source>
      <translation>impossible d’écrire dans ce dossier.</translation>
    </message>
  </context>
  <context>
    <name>DayChooser</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" line="65" />
      <source>Day of this check-in</source>
      <translation>Jour de ce bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" line="42" />
      <source>It is just after midnight. Which day is this check-in for?</source>
      <translation>Il est un peu plus de minuit. Pour quel jour est ce bilan ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" line="111" />
      <source>Today, %1</source>
      <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" line="112" />
      <source>Yesterday, %1</source>
      <translation>Hier, %1</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="23" />
      <source>Fibro Desktop is not a medical device and does not diagnose anything. It helps you keep notes and habits. Always talk to your doctor or care team about your symptoms and before changing any treatment.</source>
      <translation>Fibro Desktop n’est pas un dispositif médical et ne pose aucun diagnostic. Il vous aide à garder des notes et de bonnes habitudes. Parlez toujours de vos symptômes à votre médecin ou à votre équipe soignante, et avant de changer un traitement.</translation>
    </message>
  </context>
  <context>
    <name>DoseLogger</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="105" />
      <source>Amount</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="129" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="115" />
      <source>Did it help?</source>
      <translation>Est-ce que ça a aidé ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="138" />
      <source>Log a dose</source>
      <translation>Noter une prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="157" />
      <source>Log a dose: %1</source>
      <translation>Noter une prise : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="114" />
      <source>Not said</source>
      <translation>Non précisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="93" />
      <source>Now</source>
      <translation>Maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="126" />
      <source>Save dose</source>
      <translation>Enregistrer la prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="94" />
      <source>Set the time to now</source>
      <translation>Mettre l’heure actuelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="120" />
      <source>Side effects</source>
      <translation>Effets secondaires</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="109" />
      <source>Skipped</source>
      <translation>Non prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="109" />
      <source>Taken</source>
      <translation>Prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="110" />
      <source>Taken or skipped</source>
      <translation>Prise ou non</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="99" />
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="92" />
      <source>Time taken</source>
      <translation>Heure de la prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="119" />
      <source>anything you noticed, for example drowsiness</source>
      <translation>ce que vous avez remarqué, par exemple de la somnolence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" line="104" />
      <source>as you write it</source>
      <translation>comme vous l’écrivez</translation>
    </message>
  </context>
  <context>
    <name>Encryption</name>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="211" />
      <source>%1 older backups were left as they were (made with another passphrase, or kept unencrypted as you asked).</source>
      <translation>%1 sauvegardes plus anciennes ont été laissées telles quelles (faites avec une autre phrase secrète, ou gardées non chiffrées comme vous l’avez demandé).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="45" />
      <source>&amp;Change passphrase</source>
      <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="91" />
      <source>&amp;Keep an unencrypted copy of my data as a backup</source>
      <translation>&amp;Garder une copie non chiffrée de mes données en sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="76" />
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="58" />
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="46" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="41" />
      <source>&amp;Protect my data</source>
      <translation>&amp;Protéger mes données</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="221" />
      <source>&amp;Protect with a passphrase…</source>
      <translation>&amp;Protéger par une phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="59" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="49" />
      <source>&amp;Remove protection</source>
      <translation>&amp;Retirer la protection</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="78" />
      <source>&amp;Repeat it:</source>
      <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="49" />
      <source>&amp;Show passphrase</source>
      <translation>&amp;Afficher la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="85" />
      <source>&amp;Show passphrases</source>
      <translation>A&amp;fficher les phrases secrètes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="172" />
      <source>A backup of your data could not be made first, so nothing was changed: %1</source>
      <translation>Une sauvegarde de vos données n’a pas pu être faite d’abord, donc rien n’a été modifié : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="94" />
      <source>An unencrypted copy can be read by anyone who can open your files, so it undoes the protection; it is only a safety net for a forgotten passphrase. Without it, your existing backups are encrypted too. Copies already in a second backup folder, and exports, are not changed.</source>
      <translation>Une copie non chiffrée peut être lue par toute personne qui peut ouvrir vos fichiers : elle annule donc la protection ; c’est seulement un filet de sécurité en cas d’oubli de la phrase secrète. Sans elle, vos sauvegardes existantes sont chiffrées aussi. Les copies déjà présentes dans un second dossier de sauvegarde, et les exports, ne sont pas modifiés.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="222" />
      <source>C&amp;hange passphrase…</source>
      <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="72" />
      <source>C&amp;urrent passphrase:</source>
      <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="103" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="43" />
      <source>Change passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="43" />
      <source>Change your passphrase</source>
      <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="132" />
      <source>Changing how your data is protected…</source>
      <translation>Changement de la protection de vos données…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="72" />
      <source>Current passphrase</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="43" />
      <source>Enter your passphrase</source>
      <translation>Saisissez votre phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="135" />
      <source>Fibro Desktop is changing how your data is protected.</source>
      <translation>Fibro Desktop change la façon dont vos données sont protégées.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" line="15" />
      <source>If the passphrase is forgotten, this data cannot be opened again: it cannot be recovered or reset, by anyone. Write it down and keep it somewhere safe.</source>
      <translation>Si la phrase secrète est oubliée, ces données ne pourront plus jamais être ouvertes : personne ne peut les récupérer ni la réinitialiser. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="88" />
      <source>Is Caps Lock on, or is another keyboard layout active?</source>
      <translation>La touche Verr. Maj est-elle activée, ou une autre disposition de clavier est-elle active ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="92" />
      <source>Keep an unencrypted copy of my data as a backup</source>
      <translation>Garder une copie non chiffrée de mes données en sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="128" />
      <source>Making a backup of your data first…</source>
      <translation>Sauvegarde de vos données d’abord…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" line="45" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="76" />
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="46" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="123" />
      <source>Please choose a passphrase of at least %1 characters; a few words make a good one.</source>
      <translation>Choisissez une phrase secrète d’au moins %1 caractères ; quelques mots font une bonne phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="120" />
      <source>Please enter your current passphrase.</source>
      <translation>Saisissez votre phrase secrète actuelle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="75" />
      <source>Please enter your passphrase.</source>
      <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="37" />
      <source>Protect with a passphrase</source>
      <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="37" />
      <source>Protect your data with a passphrase</source>
      <translation>Protéger vos données par une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="223" />
      <source>Remove passphrase p&amp;rotection…</source>
      <translation>Re&amp;tirer la protection par phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="46" />
      <source>Remove protection</source>
      <translation>Retirer la protection</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="46" />
      <source>Remove the passphrase protection</source>
      <translation>Retirer la protection par phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="78" />
      <source>Repeat the new passphrase</source>
      <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="50" />
      <source>Show passphrase</source>
      <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="86" />
      <source>Show passphrases</source>
      <translation>Afficher les phrases secrètes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="120" />
      <source>That is not your current passphrase. Nothing was changed.</source>
      <translation>Ce n’est pas votre phrase secrète actuelle. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="59" />
      <source>That passphrase does not open your data. Nothing was changed; please try again.</source>
      <translation>Cette phrase secrète n’ouvre pas vos données. Rien n’a été modifié ; réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="128" />
      <source>The new passphrase is the same as the current one.</source>
      <translation>La nouvelle phrase secrète est la même que l’actuelle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="126" />
      <source>The two new passphrases are not the same.</source>
      <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="209" />
      <source>The unencrypted copy you asked for is kept at: %1</source>
      <translation>La copie non chiffrée que vous avez demandée est gardée ici : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="44" />
      <source>Your data and its backups will be encrypted again with the new passphrase.</source>
      <translation>Vos données et leurs sauvegardes seront de nouveau chiffrées avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="206" />
      <source>Your data is no longer protected with a passphrase.</source>
      <translation>Vos données ne sont plus protégées par une phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="204" />
      <source>Your data is now protected with your passphrase.</source>
      <translation>Vos données sont maintenant protégées par votre phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="38" />
      <source>Your data is protected</source>
      <translation>Vos données sont protégées</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="38" />
      <source>Your journal and its backups will be encrypted on disk. Fibro Desktop will ask for the passphrase each time it starts. Settings and the log file stay unencrypted; they hold no journal entries. Exports you save are not encrypted.</source>
      <translation>Votre journal et ses sauvegardes seront chiffrés sur le disque. Fibro Desktop demandera la phrase secrète à chaque démarrage. Les paramètres et le journal technique restent non chiffrés ; ils ne contiennent aucune entrée du journal. Les exports que vous enregistrez ne sont pas chiffrés.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" line="47" />
      <source>Your journal and its backups will be stored without encryption again, protected only by your computer account. Fibro Desktop will no longer ask for a passphrase.</source>
      <translation>Votre journal et ses sauvegardes seront de nouveau enregistrés sans chiffrement, protégés seulement par votre compte sur l’ordinateur. Fibro Desktop ne demandera plus de phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" line="44" />
      <source>Your journal is encrypted with a passphrase you chose. Enter it to open your data.</source>
      <translation>Votre journal est chiffré avec une phrase secrète que vous avez choisie. Saisissez-la pour ouvrir vos données.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" line="205" />
      <source>Your passphrase is changed.</source>
      <translation>Votre phrase secrète a été changée.</translation>
    </message>
  </context>
  <context>
    <name>EpisodeEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="107" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="74" />
      <source> min to relief</source>
      <translation> min avant soulagement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="276" />
      <source>Activity</source>
      <translation>Activité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="308" />
      <source>Another thing you tried, in your own words</source>
      <translation>Autre chose que vous avez essayée, avec vos mots</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="69" />
      <source>Did %1 help?</source>
      <translation>Est-ce que %1 a aidé ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="326" />
      <source>Did any of these come with it?</source>
      <translation>Est-ce que l’un de ces signes l’a accompagné ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="66" />
      <source>Did it help?</source>
      <translation>Est-ce que ça a aidé ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="482" />
      <source>Discard changes</source>
      <translation>Abandonner les modifications</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="320" />
      <source>Effect on %1, 0 to 10</source>
      <translation>Effet sur %1, de 0 à 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="283" />
      <source>For example: typing, climbing stairs</source>
      <translation>Par exemple : taper au clavier, monter des escaliers</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="200" />
      <source>How long it lasted</source>
      <translation>Combien de temps il a duré</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="199" />
      <source>How long the spasm lasted, in minutes</source>
      <translation>Durée du spasme, en minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="313" />
      <source>How much it affected me (0 = not at all, 10 = a lot)</source>
      <translation>À quel point ça m’a gêné·e (0 = pas du tout, 10 = beaucoup)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="266" />
      <source>In one place: one muscle group.</source>
      <translation>À un seul endroit : un groupe musculaire.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="236" />
      <source>Intensity (0-10)</source>
      <translation>Intensité (0-10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="197" />
      <source>It's still going</source>
      <translation>C’est toujours en cours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="481" />
      <source>Keep editing</source>
      <translation>Continuer à modifier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="479" />
      <source>Keep your changes?</source>
      <translation>Garder vos modifications ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="226" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="75" />
      <source>Minutes until %1 eased it</source>
      <translation>Minutes avant que %1 le soulage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="318" />
      <source>Mood</source>
      <translation>Humeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="319" />
      <source>Moving around</source>
      <translation>Se déplacer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="268" />
      <source>Moving around: %1 muscle groups.</source>
      <translation>Qui se déplace : %1 groupes musculaires.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="130" />
      <source>New spasm entry</source>
      <translation>Nouveau spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="273" />
      <source>Not said</source>
      <translation>Non précisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="348" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="155" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="281" />
      <source>Sleep</source>
      <translation>Sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="307" />
      <source>Something else I tried (your own words)</source>
      <translation>Autre chose que j’ai essayée (avec vos mots)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="130" />
      <source>Spasm details</source>
      <translation>Détails du spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="195" />
      <source>Started</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="336" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Merci de l’avoir noté. Des signes comme ceux-ci méritent d’être vérifiés par un médecin ; s’ils sont soudains ou forts, consultez en urgence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="203" />
      <source>Time until back to normal</source>
      <translation>Temps avant le retour à la normale</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="202" />
      <source>Time until back to normal, in minutes</source>
      <translation>Temps avant le retour à la normale, en minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="300" />
      <source>What I tried, and whether it helped</source>
      <translation>Ce que j’ai essayé, et si ça a aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="284" />
      <source>What I was doing</source>
      <translation>Ce que je faisais</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="291" />
      <source>What came before it</source>
      <translation>Ce qui s’est passé avant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="223" />
      <source>What do the kinds mean?</source>
      <translation>Que veulent dire les types ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="219" />
      <source>What it was</source>
      <translation>Ce que c’était</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="271" />
      <source>What was going on</source>
      <translation>Ce qui se passait</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="191" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="247" />
      <source>Where (click the body, or Tab to a place and press Space)</source>
      <translation>Où (cliquez sur le corps, ou allez à un endroit avec Tab et appuyez sur Espace)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="480" />
      <source>You changed this entry. What would you like to do?</source>
      <translation>Vous avez modifié cette entrée. Que voulez-vous faire ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="314" />
      <source>a lot</source>
      <translation>beaucoup</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="235" />
      <source>barely</source>
      <translation>à peine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="72" />
      <source>minutes to relief</source>
      <translation>minutes avant soulagement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="314" />
      <source>not at all</source>
      <translation>pas du tout</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="106" />
      <source>not sure</source>
      <translation>je ne sais pas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="224" />
      <source>the kinds of spasm</source>
      <translation>les types de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" line="235" />
      <source>worst</source>
      <translation>le pire</translation>
    </message>
  </context>
  <context>
    <name>EpisodeTimelineModel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="127" />
      <source>details can be added</source>
      <translation>des détails peuvent être ajoutés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="119" />
      <source>intensity %1 of 10</source>
      <translation>intensité %1 sur 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="123" />
      <source>still going</source>
      <translation>toujours en cours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="129" />
      <source>warning sign noted</source>
      <translation>signe d’alerte noté</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="42" />
      <source>&amp;Copy details</source>
      <translation>&amp;Copier les détails</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="39" />
      <source>Error details</source>
      <translation>Détails de l’erreur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="29" />
      <source>Fibro Desktop ran into a problem it did not expect. Your saved entries are safe. You can keep working; if this happens again, the details below help to fix it.</source>
      <translation>Fibro Desktop a rencontré un problème inattendu. Vos entrées enregistrées ne risquent rien. Vous pouvez continuer ; si cela se reproduit, les détails ci-dessous aideront à corriger le problème.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="26" />
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" line="33" />
      <source>They are also in the log file: %1</source>
      <translation>Ils se trouvent aussi dans le journal technique : %1</translation>
    </message>
  </context>
  <context>
    <name>GlobalHotkey</name>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" line="129" />
      <source>On macOS a shortcut that works in every program needs a permission Fibro Desktop does not ask for. You can add one in System Settings → Keyboard → Keyboard Shortcuts that opens Fibro Desktop.</source>
      <translation>Sur macOS, un raccourci qui fonctionne dans tous les programmes demande une autorisation que Fibro Desktop ne demande pas. Vous pouvez en ajouter un qui ouvre Fibro Desktop dans Réglages Système → Clavier → Raccourcis clavier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" line="134" />
      <source>This desktop does not let apps take a shortcut from other programs. You can add one in your system's keyboard settings that starts Fibro Desktop.</source>
      <translation>Ce bureau ne permet pas aux applications de prendre un raccourci aux autres programmes. Vous pouvez en ajouter un qui lance Fibro Desktop dans les paramètres de clavier de votre système.</translation>
    </message>
  </context>
  <context>
    <name>GlobalShortcut</name>
    <message>
      <location filename="../../fibro_desktop/wiring/global_shortcut.py" line="55" />
      <source>The shortcut %1 for logging a spasm could not be set up: another program may already use it. You can choose other keys in Settings.</source>
      <translation>Le raccourci %1 pour noter un spasme n’a pas pu être mis en place : un autre programme l’utilise peut-être déjà. Vous pouvez choisir d’autres touches dans les Paramètres.</translation>
    </message>
  </context>
  <context>
    <name>GuideReader</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/reader.py" line="51" />
      <source>Guide text</source>
      <translation>Texte du guide</translation>
    </message>
  </context>
  <context>
    <name>JournalFilters</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="41" />
      <source>All time</source>
      <translation>Depuis le début</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="51" />
      <source>Any trigger</source>
      <translation>Tous les déclencheurs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="47" />
      <source>Anywhere</source>
      <translation>Partout</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="61" />
      <source>Clear the filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="43" />
      <source>Every kind</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="59" />
      <source>Kind of spasm</source>
      <translation>Type de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="41" />
      <source>Last %1 days</source>
      <translation>%1 derniers jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="60" />
      <source>Muscle group</source>
      <translation>Groupe musculaire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="59" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="55" />
      <source>Search notes</source>
      <translation>Chercher dans les notes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="61" />
      <source>Search the notes</source>
      <translation>Chercher dans les notes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="57" />
      <source>Show all</source>
      <translation>Tout afficher</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="64" />
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" line="60" />
      <source>Trigger</source>
      <translation>Déclencheur</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="204" />
      <source>%1 entries</source>
      <translation>%1 entrées</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="154" />
      <source>Back to normal now</source>
      <translation>Revenu à la normale maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="155" />
      <source>Count the time until back to normal from its start to now</source>
      <translation>Compter le temps avant le retour à la normale, de son début à maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="98" />
      <source>Daily check-in</source>
      <translation>Bilan du jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="149" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="175" />
      <source>Delete entry</source>
      <translation>Supprimer l’entrée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="96" />
      <source>Episodes</source>
      <translation>Épisodes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="153" />
      <source>It has stopped: count how long it lasted from its start to now</source>
      <translation>Il s’est arrêté : compter sa durée de son début à maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="152" />
      <source>It's over now</source>
      <translation>C’est fini maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="66" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="95" />
      <source>Journal sections</source>
      <translation>Sections du journal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="75" />
      <source>Log a spasm</source>
      <translation>Noter un spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="98" />
      <source>Medications</source>
      <translation>Médicaments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="78" />
      <source>New entry with details…</source>
      <translation>Nouvelle entrée détaillée…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="200" />
      <source>No entries match these filters.</source>
      <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="201" />
      <source>Nothing logged yet. When a spasm comes, press "Log a spasm": how strong it is is enough, details can wait.</source>
      <translation>Rien de noté pour l’instant. Quand un spasme arrive, appuyez sur « Noter un spasme » : sa force suffit, les détails peuvent attendre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="148" />
      <source>Open details</source>
      <translation>Ouvrir les détails</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="291" />
      <source>Put back the entry as it was before your last edit (Ctrl+Z)</source>
      <translation>Remettre l’entrée comme elle était avant votre dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="290" />
      <source>Put back the entry you deleted (Ctrl+Z)</source>
      <translation>Remettre l’entrée que vous avez supprimée (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="76" />
      <source>Three steps: open, choose how strong, save</source>
      <translation>Trois étapes : ouvrir, choisir la force, enregistrer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="150" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="289" />
      <source>Undo delete</source>
      <translation>Annuler la suppression</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="289" />
      <source>Undo edit</source>
      <translation>Annuler la modification</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="82" />
      <source>What is worth noting?</source>
      <translation>Que vaut-il la peine de noter ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" line="83" />
      <source>what to note about a spasm</source>
      <translation>ce qu’il faut noter sur un spasme</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="68" />
      <source>&amp;Log a spasm…</source>
      <translation>&amp;Noter un spasme…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="130" />
      <source>A minute for today's check-in? Click here to open it.</source>
      <translation>Une minute pour le bilan du jour ? Cliquez ici pour l’ouvrir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="98" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="55" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="55" />
      <source>Log spasms and daily check-ins</source>
      <translation>Noter les spasmes et les bilans du jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="131" />
      <source>Open the check-in</source>
      <translation>Ouvrir le bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" line="129" />
      <source>Today's check-in</source>
      <translation>Bilan du jour</translation>
    </message>
  </context>
  <context>
    <name>Learn</name>
    <message>
      <location filename="../../fibro_desktop/wiring/learn.py" line="60" />
      <source>&amp;Learn: guides in plain words</source>
      <translation>&amp;Comprendre : des guides en mots simples</translation>
    </message>
  </context>
  <context>
    <name>LearnLink</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" line="76" />
      <source>Learn: %1</source>
      <translation>Comprendre : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" line="62" />
      <source>Opens the guide at this part</source>
      <translation>Ouvre le guide à cet endroit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" line="61" />
      <source>this</source>
      <translation>ceci</translation>
    </message>
  </context>
  <context>
    <name>LearnWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="60" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="58" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="37" />
      <source>Guides</source>
      <translation>Guides</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="52" />
      <source>Learn — Fibro Desktop</source>
      <translation>Comprendre — Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="81" />
      <source>No guide mentions that. Try a shorter or different word.</source>
      <translation>Aucun guide n’en parle. Essayez un mot plus court ou différent.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="40" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="59" />
      <source>Save as P&amp;DF…</source>
      <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="39" />
      <source>Save the guide as PDF</source>
      <translation>Enregistrer le guide en PDF</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="30" />
      <source>Search all guides</source>
      <translation>Chercher dans tous les guides</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="35" />
      <source>Search result</source>
      <translation>Résultat de la recherche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" line="82" />
      <source>Sections found: %1</source>
      <translation>Sections trouvées : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="152" />
      <source>The PDF was not saved</source>
      <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" line="152" />
      <source>The guide could not be saved as %1. The folder may be read-only, or the disk may be full. Please choose another place.</source>
      <translation>Le guide n’a pas pu être enregistré sous %1. Le dossier est peut-être en lecture seule, ou le disque est peut-être plein. Choisissez un autre endroit.</translation>
    </message>
  </context>
  <context>
    <name>LicencesDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="46" />
      <source>&amp;Show:</source>
      <translation>&amp;Afficher :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="71" />
      <source>Apache License 2.0 (OpenSSL)</source>
      <translation>Apache License 2.0 (OpenSSL)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="35" />
      <source>Fibro Desktop is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It comes with no warranty. It is built with other people's free software, each under its own licence, listed here.</source>
      <translation>Fibro Desktop est un logiciel libre : vous pouvez l’utiliser, le partager et le modifier selon les termes de la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure. Il est fourni sans aucune garantie. Il est construit avec des logiciels libres d’autres personnes, chacun sous sa propre licence, listés ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="67" />
      <source>Fibro Desktop: GNU General Public License 3</source>
      <translation>Fibro Desktop : GNU General Public License 3</translation>
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
      <translation>Texte de la licence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="43" />
      <source>Licence text to show</source>
      <translation>Texte de licence à afficher</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="31" />
      <source>Licences</source>
      <translation>Licences</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="68" />
      <source>Software included, with their notices</source>
      <translation>Logiciels inclus, avec leurs mentions</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" line="54" />
      <source>The licence files are missing from this installation. Fibro Desktop is released under the GNU General Public License, version 3 or later.</source>
      <translation>Les fichiers de licence manquent dans cette installation. Fibro Desktop est publié sous la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure.</translation>
    </message>
  </context>
  <context>
    <name>LiveEpisodes</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="58" />
      <source>%1 at %2</source>
      <translation>%1 à %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="69" />
      <source>%1 from %2 is over (%3)</source>
      <translation>%1 (début %2) : c’est fini (%3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="266" />
      <source>%1 since %2</source>
      <translation>%1 depuis %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="63" />
      <source>%1, still going since %2</source>
      <translation>%1, toujours en cours depuis %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="203" />
      <source>And %1 more in the list below.</source>
      <translation>Et %1 autres dans la liste ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="197" />
      <source>Back to normal now</source>
      <translation>Revenu à la normale maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="197" />
      <source>Back to normal now: %1</source>
      <translation>Revenu à la normale maintenant : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="199" />
      <source>Hide</source>
      <translation>Masquer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="199" />
      <source>Hide this question: %1</source>
      <translation>Masquer cette question : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="194" />
      <source>It's over now</source>
      <translation>C’est fini maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="194" />
      <source>It's over now: %1</source>
      <translation>C’est fini maintenant : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="102" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Enter the time until back to normal here.</source>
      <translation>Plus d’un jour s’est écoulé depuis le début, donc le temps ne peut pas être compté jusqu’à maintenant. Indiquez ici le temps avant le retour à la normale.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="96" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Untick "It's still going" and enter how long it lasted.</source>
      <translation>Plus d’un jour s’est écoulé depuis le début, donc le temps ne peut pas être compté jusqu’à maintenant. Décochez « C’est toujours en cours » et indiquez sa durée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="285" />
      <source>Saved: %1 lasted %2.</source>
      <translation>Enregistré : %1 a duré %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="284" />
      <source>Saved: back to normal %1 after it started.</source>
      <translation>Enregistré : retour à la normale %1 après le début.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="148" />
      <source>Spasms going on now</source>
      <translation>Spasmes en cours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" line="56" />
      <source>yesterday %1</source>
      <translation>hier à %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/main_window.py" line="95" />
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
  </context>
  <context>
    <name>Maintenance</name>
    <message>
      <location filename="../../fibro_desktop/ui/maintenance.py" line="73" />
      <source>Fibro Desktop is busy with your data file.</source>
      <translation>Fibro Desktop travaille sur votre fichier de données.</translation>
    </message>
  </context>
  <context>
    <name>MedicationEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="107" />
      <source>Add to your list</source>
      <translation>Ajouter à votre liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="93" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="107" />
      <source>Change this entry</source>
      <translation>Modifier cette entrée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="81" />
      <source>Form</source>
      <translation>Forme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="102" />
      <source>Medication or supplement</source>
      <translation>Médicament ou complément</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="80" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="91" />
      <source>Save to my list</source>
      <translation>Enregistrer dans ma liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="82" />
      <source>Usual amount</source>
      <translation>Quantité habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="69" />
      <source>as it is written on the pack, or as you call it</source>
      <translation>comme c’est écrit sur la boîte, ou comme vous l’appelez</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="38" />
      <source>capsule</source>
      <translation>gélule</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="40" />
      <source>cream or gel</source>
      <translation>crème ou gel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="39" />
      <source>drink</source>
      <translation>boisson</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="40" />
      <source>drops</source>
      <translation>gouttes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="41" />
      <source>injection</source>
      <translation>injection</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="39" />
      <source>powder</source>
      <translation>poudre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="41" />
      <source>spray</source>
      <translation>spray</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="38" />
      <source>tablet</source>
      <translation>comprimé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" line="78" />
      <source>your usual amount, in your own words</source>
      <translation>votre quantité habituelle, avec vos mots</translation>
    </message>
  </context>
  <context>
    <name>MedicationsPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="247" />
      <source>%1 is archived. Its doses stay in your journal; tick "Show archived" to bring it back.</source>
      <translation>%1 est archivé. Ses prises restent dans votre journal ; cochez « Afficher les archives » pour le faire revenir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="250" />
      <source>%1 is back on your list.</source>
      <translation>%1 est de nouveau dans votre liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="150" />
      <source>About this list</source>
      <translation>À propos de cette liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="158" />
      <source>Add to my list</source>
      <translation>Ajouter à ma liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="103" />
      <source>Archive</source>
      <translation>Archiver</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="105" />
      <source>Archive %1</source>
      <translation>Archiver %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="103" />
      <source>Bring back</source>
      <translation>Faire revenir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="105" />
      <source>Bring back %1</source>
      <translation>Faire revenir %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="197" />
      <source>Delete the selected dose</source>
      <translation>Supprimer la prise choisie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="196" />
      <source>Delete this dose</source>
      <translation>Supprimer cette prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="296" />
      <source>Dose deleted.</source>
      <translation>Prise supprimée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="101" />
      <source>Edit</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="102" />
      <source>Edit %1</source>
      <translation>Modifier %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="141" />
      <source>How medicines fit in</source>
      <translation>La place des médicaments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="98" />
      <source>Log a dose</source>
      <translation>Noter une prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="99" />
      <source>Log a dose of %1</source>
      <translation>Noter une prise de %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="264" />
      <source>Logged %1 at %2.</source>
      <translation>%1 noté à %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="124" />
      <source>Medications and supplements</source>
      <translation>Médicaments et compléments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="186" />
      <source>No doses logged in the last two weeks.</source>
      <translation>Aucune prise notée ces deux dernières semaines.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="266" />
      <source>Noted that %1 was skipped at %2.</source>
      <translation>Noté que %1 n’a pas été pris à %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="164" />
      <source>Nothing here yet. Add what you take, in your own words, and logging a dose becomes two clicks.</source>
      <translation>Rien ici pour l’instant. Ajoutez ce que vous prenez, avec vos mots, et noter une prise se fera en deux clics.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="185" />
      <source>Recent doses</source>
      <translation>Prises récentes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="240" />
      <source>Saved %1 to your list.</source>
      <translation>%1 enregistré dans votre liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="156" />
      <source>Show archived</source>
      <translation>Afficher les archives</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="69" />
      <source>Side effects: %1</source>
      <translation>Effets secondaires : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="65" />
      <source>Skipped</source>
      <translation>Non prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="65" />
      <source>Taken</source>
      <translation>Prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="306" />
      <source>The dose is back.</source>
      <translation>La prise est revenue.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="144" />
      <source>This list only records what you write. The app never suggests a medicine, a supplement, an amount or a change; please talk to your doctor or pharmacist about those.</source>
      <translation>Cette liste enregistre seulement ce que vous écrivez. L’application ne suggère jamais de médicament, de complément, de quantité ni de changement ; parlez-en à votre médecin ou à votre pharmacien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="199" />
      <source>Undo delete</source>
      <translation>Annuler la suppression</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="154" />
      <source>Your list</source>
      <translation>Votre liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="92" />
      <source>archived</source>
      <translation>archivé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" line="142" />
      <source>medicines and supplements</source>
      <translation>les médicaments et les compléments</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" line="57" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" line="58" />
      <source>Close this notice</source>
      <translation>Fermer cet avis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" line="39" />
      <source>Notice</source>
      <translation>Avis</translation>
    </message>
  </context>
  <context>
    <name>Pacing</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="57" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="56" />
      <source>%n min</source>
      <translation>%n min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="53" />
      <source>%n s</source>
      <translation>%n s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="19" />
      <source>A break</source>
      <translation>Une pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="81" />
      <source>A break is waiting until the full-screen window or Do Not Disturb ends.</source>
      <translation>Une pause attend la fin de la fenêtre plein écran ou du mode Ne pas déranger.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="105" />
      <source>A few sips now help keep muscles from cramping.</source>
      <translation>Quelques gorgées maintenant aident à éviter les crampes musculaires.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="105" />
      <source>A glass of water?</source>
      <translation>Un verre d’eau ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="19" />
      <source>A recovery break</source>
      <translation>Une pause de récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="18" />
      <source>A short pause</source>
      <translation>Une courte pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="98" />
      <source>Also: a glass of water, a few sips now.</source>
      <translation>Et aussi : un verre d’eau, quelques gorgées maintenant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="99" />
      <source>Also: feet flat, back supported, shoulders low.</source>
      <translation>Et aussi : pieds à plat, dos soutenu, épaules basses.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="40" />
      <source>Away anyway</source>
      <translation>Déjà en pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="74" />
      <source>Breaks are paused until %1.</source>
      <translation>Les pauses sont suspendues jusqu’à %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="75" />
      <source>Breaks are paused.</source>
      <translation>Les pauses sont suspendues.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="24" />
      <source>Change position, let your shoulders drop, unclench your jaw, take a sip of water.</source>
      <translation>Changez de position, laissez tomber les épaules, desserrez la mâchoire, buvez une gorgée d’eau.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="46" />
      <source>Custom</source>
      <translation>Personnalisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="26" />
      <source>Desk time is on hold. Rest, use warmth or a gentle movement that helps you, and log the spasm when you are ready.</source>
      <translation>Le temps de travail est suspendu. Reposez-vous, utilisez la chaleur ou un mouvement doux qui vous aide, et notez le spasme quand vous êtes prêt·e.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="38" />
      <source>Done</source>
      <translation>Faite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="107" />
      <source>Enough desk time for today</source>
      <translation>Assez de temps à l’écran pour aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="110" />
      <source>Feet flat, back supported, shoulders low, screen at eye height.</source>
      <translation>Pieds à plat, dos soutenu, épaules basses, écran à hauteur des yeux.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="92" />
      <source>Fibro Desktop: %1</source>
      <translation>Fibro Desktop : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="91" />
      <source>Fibro Desktop: next break in %1</source>
      <translation>Fibro Desktop : prochaine pause dans %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="45" />
      <source>Flare day</source>
      <translation>Jour de poussée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="45" />
      <source>Gentle</source>
      <translation>Doux</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="25" />
      <source>Get up if you can. Move gently and slowly, nothing that strains or hurts.</source>
      <translation>Levez-vous si vous le pouvez. Bougez doucement et lentement, rien qui force ou qui fait mal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="32" />
      <source>Movement break</source>
      <translation>Pause mouvement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="71" />
      <source>On a break: %1.</source>
      <translation>En pause : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="77" />
      <source>Outside your work hours: no breaks are timed.</source>
      <translation>En dehors de vos heures de travail : aucune pause n’est minutée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="110" />
      <source>Posture check</source>
      <translation>Rappel de posture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="39" />
      <source>Put off</source>
      <translation>Reportée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="33" />
      <source>Recovery break</source>
      <translation>Pause de récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="32" />
      <source>Short pause</source>
      <translation>Courte pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="39" />
      <source>Skipped</source>
      <translation>Passée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="45" />
      <source>Standard desk day</source>
      <translation>Journée de bureau normale</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="39" />
      <source>Taken</source>
      <translation>Prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="69" />
      <source>The break timer is switched off.</source>
      <translation>Le minuteur de pauses est désactivé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="18" />
      <source>Time to move a little</source>
      <translation>C’est le moment de bouger un peu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="41" />
      <source>Waited for a full-screen window</source>
      <translation>A attendu la fin d’un plein écran</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="40" />
      <source>Worked through</source>
      <translation>Travail continué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="84" />
      <source>Working. %1 in %2.</source>
      <translation>Au travail. %1 dans %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="83" />
      <source>Working. Both kinds of break are switched off.</source>
      <translation>Au travail. Les deux types de pause sont désactivés.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="107" />
      <source>You have reached the desk-time limit you set for today. If you can, stop here and rest. If you must go on, choose Keep going in the Pacing tab.</source>
      <translation>Vous avez atteint la limite de temps à l’écran que vous vous êtes fixée pour aujourd’hui. Si vous le pouvez, arrêtez-vous ici et reposez-vous. Si vous devez continuer, choisissez « Continuer aujourd’hui » dans l’onglet Rythme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" line="79" />
      <source>You have reached today's desk-time limit. Time to stop for the day, if you can.</source>
      <translation>Vous avez atteint la limite de temps à l’écran d’aujourd’hui. C’est le moment d’arrêter pour la journée, si vous le pouvez.</translation>
    </message>
  </context>
  <context>
    <name>PacingExercises</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="150" />
      <source>%1 (yours)</source>
      <translation>%1 (le vôtre)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="71" />
      <source>&amp;For:</source>
      <translation>&amp;Pour :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="78" />
      <source>&amp;Moves:</source>
      <translation>&amp;Mouvements :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="56" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="63" />
      <source>&amp;Steps:</source>
      <translation>&amp;Étapes :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="122" />
      <source>Add &amp;your own…</source>
      <translation>A&amp;jouter le vôtre…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="68" />
      <source>Any break</source>
      <translation>Toutes les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="108" />
      <source>Exercises</source>
      <translation>Exercices</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="118" />
      <source>Exercises in use</source>
      <translation>Exercices utilisés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="69" />
      <source>Movement breaks</source>
      <translation>Pauses mouvement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="61" />
      <source>One step per line</source>
      <translation>Une étape par ligne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="88" />
      <source>Please give it a name.</source>
      <translation>Donnez-lui un nom.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="90" />
      <source>Please write at least one step.</source>
      <translation>Écrivez au moins une étape.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="124" />
      <source>R&amp;emove yours</source>
      <translation>Re&amp;tirer le vôtre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="68" />
      <source>Short pauses</source>
      <translation>Courtes pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="113" />
      <source>Untick any you would rather not do. Exercises that move a muscle group you logged a spasm in today are left out by themselves.</source>
      <translation>Décochez ceux que vous préférez ne pas faire. Les exercices qui font bouger un groupe musculaire où vous avez noté un spasme aujourd’hui sont mis de côté d’eux-mêmes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" line="51" />
      <source>Your own exercise</source>
      <translation>Votre propre exercice</translation>
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
      <translation>%1  %2 : %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="203" />
      <source>&amp;Keep going today</source>
      <translation>&amp;Continuer aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="120" />
      <source>&amp;Not today</source>
      <translation>&amp;Pas aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="90" />
      <source>&amp;Pause breaks</source>
      <translation>&amp;Suspendre les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="92" />
      <source>&amp;Resume breaks</source>
      <translation>&amp;Reprendre les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="88" />
      <source>&amp;Take a break now</source>
      <translation>&amp;Faire une pause maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="77" />
      <source>Break timer status</source>
      <translation>État du minuteur de pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="235" />
      <source>Breaks had: %1 of %2</source>
      <translation>Pauses faites : %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="238" />
      <source>Desk time: %1</source>
      <translation>Temps à l’écran : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" line="16" />
      <source>For 1 hour</source>
      <translation>Pendant 1 heure</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" line="15" />
      <source>For 30 minutes</source>
      <translation>Pendant 30 minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="245" />
      <source>Gentle streak: %1 days in a row with at least half your breaks</source>
      <translation>Série en douceur : %1 jours de suite avec au moins la moitié de vos pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="99" />
      <source>Logged from the Pacing tab (Spasm now)</source>
      <translation>Noté depuis l’onglet Rythme (Spasme maintenant)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="237" />
      <source>No breaks have come due yet today.</source>
      <translation>Aucune pause n’est encore arrivée aujourd’hui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="139" />
      <source>No breaks yet today. The first one will come by itself; you can also take one whenever you like.</source>
      <translation>Pas encore de pause aujourd’hui. La première viendra d’elle-même ; vous pouvez aussi en faire une quand vous voulez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="159" />
      <source>Pacing</source>
      <translation>Rythme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="243" />
      <source>Recovery breaks: %1</source>
      <translation>Pauses de récupération : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="96" />
      <source>Spasm &amp;now</source>
      <translation>Spas&amp;me maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="97" />
      <source>Starts a recovery break, holds desk time and opens the quick log</source>
      <translation>Lance une pause de récupération, suspend le temps de travail et ouvre la saisie rapide</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="83" />
      <source>Time to the next break</source>
      <translation>Temps avant la prochaine pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="129" />
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="136" />
      <source>Today at a glance</source>
      <translation>Aujourd’hui en un coup d’œil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="138" />
      <source>Today's breaks</source>
      <translation>Les pauses d’aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="113" />
      <source>Today's check-in shows a hard day. A Flare-day rhythm, with shorter spells at the desk and longer rests, may suit today better. It is your choice.</source>
      <translation>Le bilan d’aujourd’hui montre une journée difficile. Un rythme « Jour de poussée », avec des moments plus courts à l’écran et des repos plus longs, conviendrait peut-être mieux aujourd’hui. C’est vous qui choisissez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" line="17" />
      <source>Until tomorrow</source>
      <translation>Jusqu’à demain</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="118" />
      <source>Use &amp;Flare day</source>
      <translation>&amp;Utiliser « Jour de poussée »</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="105" />
      <source>Why short breaks help</source>
      <translation>Pourquoi les courtes pauses aident</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="241" />
      <source>Worked through: %1</source>
      <translation>Travail continué : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" line="106" />
      <source>pacing your day</source>
      <translation>rythmer votre journée</translation>
    </message>
  </context>
  <context>
    <name>PacingSettingsForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="50" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="51" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="105" />
      <source>&amp;Desk time limit a day:</source>
      <translation>Limite de temps à l’écra&amp;n par jour :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="65" />
      <source>&amp;Keep breaks during full-screen windows and Do Not Disturb</source>
      <translation>&amp;Garder les pauses pendant les fenêtres plein écran et le mode Ne pas déranger</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="56" />
      <source>&amp;Movement break every:</source>
      <translation>Pause mouvement toutes &amp;les :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="52" />
      <source>&amp;Short pause every:</source>
      <translation>C&amp;ourte pause toutes les :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="42" />
      <source>Breaks</source>
      <translation>Pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Fri</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="88" />
      <source>From:</source>
      <translation>De :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Mon</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="57" />
      <source>Movement break l&amp;asts:</source>
      <translation>Durée de la pause mou&amp;vement :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="63" />
      <source>No Skip button and Esc does nothing; "I need my screen" always gets you out (counted as skipped).</source>
      <translation>Pas de bouton Passer, et Échap ne fait rien ; « J’ai besoin de mon écran » vous permet toujours d’en sortir (compté comme passée).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="102" />
      <source>On:</source>
      <translation>Jours :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="76" />
      <source>Only durin&amp;g work hours</source>
      <translation>Uniquement pendant les &amp;heures de travail</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="66" />
      <source>Otherwise breaks and reminders wait until the presentation or video is over.</source>
      <translation>Sinon, les pauses et les rappels attendent la fin de la présentation ou de la vidéo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="61" />
      <source>P&amp;ostpones per break:</source>
      <translation>&amp;Combien de reports par pause :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="59" />
      <source>Postpone &amp;by:</source>
      <translation>Reporter &amp;de :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="109" />
      <source>Posture &amp;check every:</source>
      <translation>R&amp;appel de posture toutes les :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="49" />
      <source>R&amp;hythm:</source>
      <translation>R&amp;ythme :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="96" />
      <source>Sat</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="53" />
      <source>Short pause &amp;lasts:</source>
      <translation>Durée de la courte paus&amp;e :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="68" />
      <source>Soft so&amp;und when a break starts</source>
      <translation>Un son dou&amp;x au début d’une pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="62" />
      <source>Str&amp;ict: a calm cover over every screen until the break ends</source>
      <translation>Str&amp;ict : un voile calme sur chaque écran jusqu’à la fin de la pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="96" />
      <source>Sun</source>
      <translation>dim.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Thu</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="44" />
      <source>Time breaks for desk &amp;work</source>
      <translation>Activer le minuteur de &amp;pauses pour le travail à l’écran</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Tue</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="107" />
      <source>Water reminder e&amp;very:</source>
      <translation>Rappel pour &amp;boire toutes les :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="95" />
      <source>Wed</source>
      <translation>mer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="84" />
      <source>Work ends at</source>
      <translation>Fin du travail à</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="203" />
      <source>Work must end after it starts.</source>
      <translation>La fin du travail doit venir après le début.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="81" />
      <source>Work starts at</source>
      <translation>Début du travail à</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="74" />
      <source>Your day</source>
      <translation>Votre journée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="60" />
      <source>no limit</source>
      <translation>pas de limite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="50" />
      <source>off</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" line="86" />
      <source>to</source>
      <translation>à</translation>
    </message>
  </context>
  <context>
    <name>PacingSignals</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="38" />
      <source>A locked screen counts as time away.</source>
      <translation>Un écran verrouillé compte comme du temps d’absence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="42" />
      <source>A locked screen is not reported here.</source>
      <translation>Un écran verrouillé n’est pas signalé ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="40" />
      <source>A locked screen is not reported here; time away from the keyboard covers it.</source>
      <translation>Un écran verrouillé n’est pas signalé ici ; le temps passé loin du clavier le couvre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="50" />
      <source>The app can see Do Not Disturb, so breaks can wait until it ends. Full-screen windows are not reported here.</source>
      <translation>L’application peut voir le mode Ne pas déranger : les pauses peuvent donc attendre qu’il se termine. Les fenêtres plein écran ne sont pas signalées ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="44" />
      <source>The app can see a full-screen window (a film, a presentation, a game) and Do Not Disturb, so breaks can wait until they end.</source>
      <translation>L’application peut voir une fenêtre plein écran (un film, une présentation, un jeu) et le mode Ne pas déranger : les pauses peuvent donc attendre qu’ils se terminent.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="47" />
      <source>The app can see a full-screen window (a film, a presentation, a game), so breaks can wait until it ends. Do Not Disturb is not reported here.</source>
      <translation>L’application peut voir une fenêtre plein écran (un film, une présentation, un jeu) : les pauses peuvent donc attendre qu’elle se termine. Le mode Ne pas déranger n’est pas signalé ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="53" />
      <source>This desktop does not tell the app about full-screen windows or Do Not Disturb.</source>
      <translation>Ce bureau n’informe pas l’application des fenêtres plein écran ni du mode Ne pas déranger.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="35" />
      <source>This system does not let the app read how long the keyboard has been idle, so only sleep, suspend and pauses count as time away.</source>
      <translation>Ce système ne permet pas à l’application de savoir depuis combien de temps le clavier n’est pas utilisé : seuls la veille, la mise en veille prolongée et les pauses comptent comme du temps d’absence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" line="33" />
      <source>Time away from the keyboard and mouse counts as a break.</source>
      <translation>Le temps passé loin du clavier et de la souris compte comme une pause.</translation>
    </message>
  </context>
  <context>
    <name>PacingTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="76" />
      <source>&amp;Pause breaks</source>
      <translation>&amp;Suspendre les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="78" />
      <source>&amp;Resume breaks</source>
      <translation>&amp;Reprendre les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="80" />
      <source>&amp;Spasm now: a recovery break</source>
      <translation>Spas&amp;me maintenant : une pause de récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="50" />
      <source>Break timer for desk work</source>
      <translation>Minuteur de pauses pour le travail à l’écran</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="141" />
      <source>Fibro Desktop is still here</source>
      <translation>Fibro Desktop est toujours là</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="166" />
      <source>Fibro Desktop is still running</source>
      <translation>Fibro Desktop tourne toujours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="81" />
      <source>Logged from the tray (Spasm now)</source>
      <translation>Noté depuis la zone de notification (Spasme maintenant)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="50" />
      <source>Pacing</source>
      <translation>Rythme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="74" />
      <source>Take a &amp;break now</source>
      <translation>&amp;Faire une pause maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="142" />
      <source>The break timer keeps running in the tray. Choose Quit in the tray menu to close it completely.</source>
      <translation>Le minuteur de pauses continue dans la zone de notification. Choisissez Quitter dans le menu de la zone de notification pour le fermer complètement.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="166" />
      <source>This desktop has no tray, so Fibro Desktop was minimised instead of closed: the break timer keeps running. To bring the window back, click Fibro Desktop in the taskbar, the dock or the overview, or start it again. To close it completely, choose Quit in the File menu.</source>
      <translation>Ce bureau n’a pas de zone de notification : Fibro Desktop a donc été réduit au lieu d’être fermé, et le minuteur de pauses continue. Pour faire revenir la fenêtre, cliquez sur Fibro Desktop dans la barre des tâches, le Dock ou la vue d’ensemble, ou relancez-le. Pour le fermer complètement, choisissez Quitter dans le menu Fichier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" line="170" />
      <source>To get a tray on GNOME, turn on the “AppIndicator and KStatusNotifierItem Support” extension (Ubuntu has it on already), then start Fibro Desktop again.</source>
      <translation>Pour avoir une zone de notification sous GNOME, activez l’extension « AppIndicator and KStatusNotifierItem Support » (elle est déjà active sous Ubuntu), puis relancez Fibro Desktop.</translation>
    </message>
  </context>
  <context>
    <name>QuickLogDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="116" />
      <source>%1 min ago</source>
      <translation>il y a %1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="116" />
      <source>1 hour ago</source>
      <translation>il y a 1 heure</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="234" />
      <source>Choose how strong it is, from 0 to 10.</source>
      <translation>Choisissez sa force, de 0 à 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="77" />
      <source>How strong is it? (0 = barely, 10 = worst)</source>
      <translation>Quelle est sa force ? (0 = à peine, 10 = le pire)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="79" />
      <source>Intensity from 0 to 10</source>
      <translation>Intensité de 0 à 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="142" />
      <source>It's still going</source>
      <translation>C’est toujours en cours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="104" />
      <source>Kind: %1</source>
      <translation>Type : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="70" />
      <source>Log a spasm</source>
      <translation>Noter un spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="115" />
      <source>Now</source>
      <translation>Maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="125" />
      <source>Other time…</source>
      <translation>Autre moment…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="146" />
      <source>Press "It's over now" when it stops: how long it lasted is counted for you</source>
      <translation>Appuyez sur « C’est fini maintenant » quand il s’arrête : sa durée est comptée pour vous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="160" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="161" />
      <source>Save and add details…</source>
      <translation>Enregistrer et ajouter des détails…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="135" />
      <source>Start date and time</source>
      <translation>Date et heure du début</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="121" />
      <source>Started: %1</source>
      <translation>Début : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="88" />
      <source>What do these mean?</source>
      <translation>Que veulent-ils dire ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="87" />
      <source>What kind?</source>
      <translation>Quel type ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="111" />
      <source>When did it start?</source>
      <translation>Quand a-t-il commencé ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="78" />
      <source>barely</source>
      <translation>à peine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="89" />
      <source>the kinds of spasm</source>
      <translation>les types de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" line="78" />
      <source>worst</source>
      <translation>le pire</translation>
    </message>
  </context>
  <context>
    <name>RedFlagBanner</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="43" />
      <source>A spasm you logged as still going has lasted several hours.</source>
      <translation>Un spasme que vous avez noté comme toujours en cours dure depuis plusieurs heures.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="57" />
      <source>Consider talking to your doctor about it.</source>
      <translation>Vous pourriez en parler à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="38" />
      <source>Frequent night spasms are worth talking over with your doctor; there may be things that help.</source>
      <translation>Des spasmes nocturnes fréquents méritent d’en parler à votre médecin ; certaines choses peuvent aider.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="98" />
      <source>I've read this</source>
      <translation>J’ai lu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="100" />
      <source>I've read this note</source>
      <translation>J’ai lu cette note</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="44" />
      <source>If it has not eased, please contact your doctor. If you feel very unwell, seek urgent care. If it is over, you can note that in the journal.</source>
      <translation>S’il ne s’est pas calmé, contactez votre médecin. Si vous vous sentez très mal, consultez en urgence. S’il est terminé, vous pouvez le noter dans le journal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="54" />
      <source>If spasms make it hard to move, please talk to your doctor.</source>
      <translation>Si les spasmes rendent les mouvements difficiles, parlez-en à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="41" />
      <source>Long spasms are worth mentioning to your doctor.</source>
      <translation>Les spasmes longs méritent d’être signalés à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="129" />
      <source>More notes after this one: %1</source>
      <translation>Autres notes après celle-ci : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="53" />
      <source>Moving around has been hard.</source>
      <translation>Se déplacer a été difficile.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="126" />
      <source>Noticed on %1: %2</source>
      <translation>Remarqué le %1 : %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="105" />
      <source>Read about the warning signs</source>
      <translation>Lire à propos des signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="35" />
      <source>Signs like these should be looked at by a doctor. If you feel very unwell, seek urgent care.</source>
      <translation>Des signes comme ceux-ci doivent être vus par un médecin. Si vous vous sentez très mal, consultez en urgence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="40" />
      <source>Some spasms have been lasting a long time.</source>
      <translation>Certains spasmes durent longtemps.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="111" />
      <source>Something worth talking to your doctor about</source>
      <translation>Une chose dont il vaut la peine de parler à votre médecin</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="47" />
      <source>Spasms have been coming many times a day, on most days of a week.</source>
      <translation>Les spasmes sont venus plusieurs fois par jour, la plupart des jours d’une semaine.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="50" />
      <source>Spasms have been more frequent or stronger over the last four weeks.</source>
      <translation>Les spasmes ont été plus fréquents ou plus forts ces quatre dernières semaines.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="37" />
      <source>Spasms have been waking you on most nights of a week.</source>
      <translation>Les spasmes vous ont réveillé·e la plupart des nuits d’une semaine.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="48" />
      <source>Spasms that keep coming like this are worth talking over with your doctor.</source>
      <translation>Des spasmes qui reviennent ainsi méritent d’en parler à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="56" />
      <source>The journal noticed something worth a look.</source>
      <translation>Le journal a remarqué quelque chose qui mérite votre attention.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="32" />
      <source>These signs are worth checking with a doctor soon. If they are sudden or severe, seek urgent care.</source>
      <translation>Ces signes méritent d’être vérifiés bientôt par un médecin. S’ils sont soudains ou forts, consultez en urgence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="51" />
      <source>When spasms get worse, it is a good time to talk to your doctor.</source>
      <translation>Quand les spasmes s’aggravent, c’est un bon moment pour en parler à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="34" />
      <source>You noted a fever, a racing heart or swelling.</source>
      <translation>Vous avez noté de la fièvre, un cœur qui s’emballe ou un gonflement.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="31" />
      <source>You noted weakness, numbness or loss of balance.</source>
      <translation>Vous avez noté une faiblesse, un engourdissement ou une perte d’équilibre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" line="106" />
      <source>the warning signs</source>
      <translation>les signes d’alerte</translation>
    </message>
  </context>
  <context>
    <name>RelaxExtras</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="100" />
      <source>&amp;Hold</source>
      <translation>&amp;Retenir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="100" />
      <source>&amp;In</source>
      <translation>&amp;Inspirer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="51" />
      <source>&amp;Sound</source>
      <translation>&amp;Son</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="141" />
      <source>About {rate:.1f} breaths a minute</source>
      <translation>Environ {rate:.1f} respirations par minute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="67" />
      <source>After %1 minutes</source>
      <translation>Après %1 minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="66" />
      <source>At the end of the session</source>
      <translation>À la fin de la séance</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="38" />
      <source>Background sound</source>
      <translation>Son de fond</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="49" />
      <source>Background volume</source>
      <translation>Volume du son de fond</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="97" />
      <source>Breathe in (seconds)</source>
      <translation>Inspirer (secondes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="99" />
      <source>Breathe out (seconds)</source>
      <translation>Expirer (secondes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="90" />
      <source>Breathing pacer</source>
      <translation>Guide de respiration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="42" />
      <source>Deep hush (brown noise)</source>
      <translation>Calme profond (bruit brun)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="98" />
      <source>Hold (seconds)</source>
      <translation>Retenir (secondes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="101" />
      <source>O&amp;ut</source>
      <translation>&amp;Expirer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="41" />
      <source>Off</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="62" />
      <source>Sleep timer</source>
      <translation>Minuteur de sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="42" />
      <source>Soft rain (pink noise)</source>
      <translation>Pluie douce (bruit rose)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="71" />
      <source>Sound fades out gently over a minute before it stops.</source>
      <translation>Le son baisse doucement pendant une minute avant de s’arrêter.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="109" />
      <source>Start breathing</source>
      <translation>Commencer à respirer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="150" />
      <source>Stop breathing</source>
      <translation>Arrêter la respiration guidée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" line="52" />
      <source>V&amp;olume</source>
      <translation>V&amp;olume</translation>
    </message>
  </context>
  <context>
    <name>RelaxLibrary</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="21" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="59" />
      <source>Add your own…</source>
      <translation>Ajouter les vôtres…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="62" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="61" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="45" />
      <source>Relaxation sessions</source>
      <translation>Séances de détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="63" />
      <source>Remove…</source>
      <translation>Retirer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="60" />
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="40" />
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="54" />
      <source>You can add your own recordings too, such as a therapist's session or a favourite meditation.</source>
      <translation>Vous pouvez aussi ajouter vos propres enregistrements, comme une séance d’un thérapeute ou une méditation que vous aimez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" line="82" />
      <source>Your recordings</source>
      <translation>Vos enregistrements</translation>
    </message>
  </context>
  <context>
    <name>RelaxOwnAudio</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="34" />
      <source>Add a recording</source>
      <translation>Ajouter un enregistrement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="35" />
      <source>Audio files (%1)</source>
      <translation>Fichiers audio (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="41" />
      <source>New name:</source>
      <translation>Nouveau nom :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="47" />
      <source>Remove recording</source>
      <translation>Retirer l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="48" />
      <source>Remove “{title}” from your library? The copy kept by Fibro Desktop is deleted; your original file is not touched.</source>
      <translation>Retirer « {title} » de votre bibliothèque ? La copie gardée par Fibro Desktop est supprimée ; votre fichier d’origine n’est pas touché.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="41" />
      <source>Rename recording</source>
      <translation>Renommer l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="24" />
      <source>That file can't be added from where it is (a link or an unusual path). Please choose the file itself.</source>
      <translation>Ce fichier ne peut pas être ajouté depuis son emplacement (un lien ou un chemin inhabituel). Choisissez le fichier lui-même.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="26" />
      <source>That file could not be found.</source>
      <translation>Ce fichier est introuvable.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="21" />
      <source>That file doesn't look like the audio its name says. It may be damaged. Nothing was added.</source>
      <translation>Ce fichier ne ressemble pas à l’audio qu’indique son nom. Il est peut-être abîmé. Rien n’a été ajouté.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="20" />
      <source>That file is empty, so it was not added.</source>
      <translation>Ce fichier est vide : il n’a donc pas été ajouté.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="23" />
      <source>That file is too large to add (over 1 GB).</source>
      <translation>Ce fichier est trop gros pour être ajouté (plus de 1 Go).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="18" />
      <source>That kind of file can't be added. Please choose an audio file: MP3, M4A/AAC, Ogg, Opus, WAV or FLAC.</source>
      <translation>Ce type de fichier ne peut pas être ajouté. Choisissez un fichier audio : MP3, M4A/AAC, Ogg, Opus, WAV ou FLAC.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" line="27" />
      <source>The file was not added.</source>
      <translation>Le fichier n’a pas été ajouté.</translation>
    </message>
  </context>
  <context>
    <name>RelaxPacer</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="36" />
      <source>Breathe in</source>
      <translation>Inspirez</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="36" />
      <source>Breathe out</source>
      <translation>Expirez</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="62" />
      <source>Breathing pacer</source>
      <translation>Guide de respiration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="36" />
      <source>Hold gently</source>
      <translation>Retenez doucement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="114" />
      <source>Press Start to breathe along.</source>
      <translation>Appuyez sur Commencer pour respirer en rythme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="37" />
      <source>Rest</source>
      <translation>Repos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" line="115" />
      <source>{phase}… {seconds}</source>
      <translation>{phase}… {seconds}</translation>
    </message>
  </context>
  <context>
    <name>RelaxPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="270" />
      <source>A name needs between 1 and 200 characters.</source>
      <translation>Un nom doit avoir entre 1 et 200 caractères.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="86" />
      <source>Ask how tense I feel before and after a session</source>
      <translation>Me demander à quel point je me sens tendu·e avant et après une séance</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="397" />
      <source>Fading out gently… silence in {time}.</source>
      <translation>Le son baisse doucement… silence dans {time}.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="94" />
      <source>How calming helps with spasms</source>
      <translation>Comment le calme aide contre les spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="117" />
      <source>No sound output</source>
      <translation>Pas de sortie son</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="114" />
      <source>No sound output was found, so sessions can't be heard right now. Connect speakers or headphones, then press Play again. The breathing pacer works without sound.</source>
      <translation>Aucune sortie son n’a été trouvée : les séances ne peuvent pas être entendues pour le moment. Branchez des haut-parleurs ou un casque, puis appuyez de nouveau sur Lecture. Le guide de respiration fonctionne sans son.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="387" />
      <source>Off.</source>
      <translation>Désactivé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="158" />
      <source>Relax</source>
      <translation>Détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="83" />
      <source>Sound status</source>
      <translation>État du son</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="398" />
      <source>Sound stops in {time}, after a gentle fade.</source>
      <translation>Le son s’arrête dans {time}, après une baisse douce.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="253" />
      <source>The file could not be copied. Is the disk full?</source>
      <translation>Le fichier n’a pas pu être copié. Le disque est-il plein ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="405" />
      <source>The sleep timer stopped the sound. Rest well.</source>
      <translation>Le minuteur de sommeil a arrêté le son. Reposez-vous bien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="346" />
      <source>This recording could not be played. The file may be damaged, or this computer may not play its format. Everything else keeps working.</source>
      <translation>Cet enregistrement n’a pas pu être lu. Le fichier est peut-être abîmé, ou cet ordinateur ne sait peut-être pas lire son format. Tout le reste continue de fonctionner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="95" />
      <source>calming the body</source>
      <translation>calmer le corps</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="257" />
      <source>“{title}” was added to your library.</source>
      <translation>« {title} » a été ajouté à votre bibliothèque.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" line="299" />
      <source>“{title}” was removed.</source>
      <translation>« {title} » a été retiré.</translation>
    </message>
  </context>
  <context>
    <name>RelaxTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" line="34" />
      <source>Relax</source>
      <translation>Détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" line="34" />
      <source>Relaxation audio and breathing</source>
      <translation>Audio de détente et respiration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" line="61" />
      <source>Relaxation: play or pause</source>
      <translation>Détente : lecture ou pause</translation>
    </message>
  </context>
  <context>
    <name>RelaxTension</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="29" />
      <source>0 means relaxed, 10 very tense. One tap is enough.</source>
      <translation>0 veut dire détendu, 10 très tendu. Un seul appui suffit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="53" />
      <source>Before you start: how tense do your muscles feel right now?</source>
      <translation>Avant de commencer : à quel point vos muscles sont-ils tendus en ce moment ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="54" />
      <source>How tense do your muscles feel now?</source>
      <translation>À quel point vos muscles sont-ils tendus maintenant ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="41" />
      <source>Skip</source>
      <translation>Passer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="42" />
      <source>Skip the rating</source>
      <translation>Passer l’évaluation</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" line="37" />
      <source>Tension %1 of 10</source>
      <translation>Tension %1 sur 10</translation>
    </message>
  </context>
  <context>
    <name>RelaxTransport</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="140" />
      <source>%1 left</source>
      <translation>Encore %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="98" />
      <source>&amp;Volume</source>
      <translation>&amp;Volume</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="83" />
      <source>Back 15 s</source>
      <translation>Reculer de 15 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="89" />
      <source>Back 15 seconds</source>
      <translation>Reculer de 15 secondes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="84" />
      <source>Back 15 seconds (Ctrl+Left)</source>
      <translation>Reculer de 15 secondes (Ctrl+Gauche)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="42" />
      <source>Choose a session to begin.</source>
      <translation>Choisissez une séance pour commencer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="121" />
      <source>Continuing where you left off (%1).</source>
      <translation>Reprise là où vous vous étiez arrêté·e (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="87" />
      <source>Forward 15 s</source>
      <translation>Avancer de 15 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="90" />
      <source>Forward 15 seconds</source>
      <translation>Avancer de 15 secondes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="88" />
      <source>Forward 15 seconds (Ctrl+Right)</source>
      <translation>Avancer de 15 secondes (Ctrl+Droite)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="126" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="85" />
      <source>Play</source>
      <translation>Lecture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="86" />
      <source>Play or pause (Ctrl+Space)</source>
      <translation>Lecture ou pause (Ctrl+Espace)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="65" />
      <source>Position in the session</source>
      <translation>Position dans la séance</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="55" />
      <source>Start over</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="56" />
      <source>Start the session over</source>
      <translation>Recommencer la séance</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="74" />
      <source>Time played</source>
      <translation>Temps écoulé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="76" />
      <source>Time remaining</source>
      <translation>Temps restant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" line="101" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
  </context>
  <context>
    <name>ReminderSettings</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" line="36" />
      <source>(a quiet note from the tray icon)</source>
      <translation>(une note discrète depuis l’icône de la zone de notification)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" line="31" />
      <source>Evening check-in reminder</source>
      <translation>Rappel du bilan du soir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" line="30" />
      <source>Remind me to check in each evening at</source>
      <translation>Me rappeler de faire mon bilan chaque soir à</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" line="35" />
      <source>Reminder time</source>
      <translation>Heure du rappel</translation>
    </message>
  </context>
  <context>
    <name>ScalePicker</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" line="115" />
      <source>%1 of 10</source>
      <translation>%1 sur 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" line="134" />
      <source>Keys: 0 to 9; 1 then 0 for 10.</source>
      <translation>Touches : 0 à 9 ; 1 puis 0 pour 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" line="114" />
      <source>Not answered</source>
      <translation>Sans réponse</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="56" />
      <source>%1 (%2 %)</source>
      <translation>%1 (%2 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="49" />
      <source>&amp;Colours:</source>
      <translation>&amp;Couleurs :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="67" />
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation>&amp;Laisser tourner dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="60" />
      <source>&amp;Reduce motion (no animations)</source>
      <translation>&amp;Réduire les mouvements (pas d’animations)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="70" />
      <source>&amp;Start Fibro Desktop when I log in (quietly, in the tray)</source>
      <translation>&amp;Démarrer Fibro Desktop à l’ouverture de session (discrètement, dans la zone de notification)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="58" />
      <source>&amp;Text size:</source>
      <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="91" />
      <source>&amp;Use a keyboard shortcut that works in every program</source>
      <translation>&amp;Utiliser un raccourci clavier qui fonctionne dans tous les programmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="42" />
      <source>Appearance</source>
      <translation>Apparence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="120" />
      <source>Choose a letter, a digit or F1–F12 with two of Ctrl, Alt and Shift (for example Ctrl+Alt+L), so it is not pressed by accident.</source>
      <translation>Choisissez une lettre, un chiffre ou F1–F12 avec deux touches parmi Ctrl, Alt et Maj (par exemple Ctrl+Alt+L), pour ne pas l’activer par accident.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="46" />
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="53" />
      <source>Extra large</source>
      <translation>Très très grand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="46" />
      <source>Follow the system</source>
      <translation>Suivre le système</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="65" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="52" />
      <source>Large</source>
      <translation>Grand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="52" />
      <source>Larger</source>
      <translation>Plus grand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="53" />
      <source>Largest</source>
      <translation>Le plus grand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="46" />
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="89" />
      <source>Log a spasm from any program</source>
      <translation>Noter un spasme depuis n’importe quel programme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="52" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="98" />
      <source>S&amp;hortcut:</source>
      <translation>R&amp;accourci :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="38" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="97" />
      <source>Shortcut keys for logging a spasm</source>
      <translation>Touches du raccourci pour noter un spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="154" />
      <source>Starting at login could not be changed: the settings folder of your account cannot be written to. Everything else was saved.</source>
      <translation>Le démarrage à l’ouverture de session n’a pas pu être modifié : impossible d’écrire dans le dossier des paramètres de votre compte. Tout le reste a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="71" />
      <source>The break timer is then running from the start of your day. Where there is no tray, the window starts minimised.</source>
      <translation>Le minuteur de pauses tourne alors dès le début de votre journée. S’il n’y a pas de zone de notification, la fenêtre démarre réduite.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" line="52" />
      <source>Very large</source>
      <translation>Très grand</translation>
    </message>
  </context>
  <context>
    <name>StrictOverlay</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" line="127" />
      <source>%1 left</source>
      <translation>Encore %1</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" line="233" />
      <source>Episodes, newest first</source>
      <translation>Épisodes, les plus récents d’abord</translation>
    </message>
  </context>
  <context>
    <name>Toolkit</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="160" />
      <source>%1 (%2 left)</source>
      <translation>%1 (il en reste %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="128" />
      <source>%1 items running low</source>
      <translation>%1 éléments bientôt épuisés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="46" />
      <source>%1 left</source>
      <translation>Il en reste %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" line="69" />
      <source>%1 of %2</source>
      <translation>%1 sur %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="77" />
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="48" />
      <source>&amp;Add as new</source>
      <translation>&amp;Ajouter comme nouveau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="78" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="84" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="68" />
      <source>&amp;Delete contact</source>
      <translation>&amp;Supprimer le contact</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="41" />
      <source>&amp;Delete step</source>
      <translation>&amp;Supprimer l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="80" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="73" />
      <source>&amp;Email</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="55" />
      <source>&amp;How many left</source>
      <translation>&amp;Combien il en reste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="54" />
      <source>&amp;How to</source>
      <translation>&amp;Comment faire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="53" />
      <source>&amp;Kept where</source>
      <translation>&amp;Rangé où</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="76" />
      <source>&amp;Log this spasm</source>
      <translation>&amp;Noter ce spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="72" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="62" />
      <source>&amp;Next step →</source>
      <translation>Étape &amp;suivante →</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="44" />
      <source>&amp;Open the plan</source>
      <translation>&amp;Ouvrir le plan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="73" />
      <source>&amp;Phone</source>
      <translation>&amp;Téléphone</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="65" />
      <source>&amp;Play release audio</source>
      <translation>Écouter l’audio de re&amp;lâchement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="50" />
      <source>&amp;Remove from the list</source>
      <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="56" />
      <source>&amp;Restock below</source>
      <translation>Racheter en &amp;dessous de</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="72" />
      <source>&amp;Role</source>
      <translation>&amp;Rôle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="40" />
      <source>&amp;Save changes</source>
      <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="67" />
      <source>&amp;Save contact</source>
      <translation>Enre&amp;gistrer le contact</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="47" />
      <source>&amp;Today</source>
      <translation>Aujour&amp;d’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="48" />
      <source>&amp;Yesterday</source>
      <translation>H&amp;ier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="128" />
      <source>1 item running low</source>
      <translation>1 élément bientôt épuisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="79" />
      <source>A note about magnesium and electrolytes</source>
      <translation>Une note sur le magnésium et les électrolytes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="70" />
      <source>A soft sound when the heat time is up</source>
      <translation>Un son doux quand le temps de chaleur est écoulé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="40" />
      <source>A spasm is starting</source>
      <translation>Un spasme commence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="41" />
      <source>A spasm is starting: open my rescue plan</source>
      <translation>Un spasme commence : ouvrir mon plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="67" />
      <source>A target of 1 is a simple tick; more shows a counter, e.g. 8 glasses of water.</source>
      <translation>Un objectif de 1 est une simple coche ; plus affiche un compteur, par exemple 8 verres d’eau.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="75" />
      <source>Add an item, e.g. a tennis ball</source>
      <translation>Ajouter un élément, par exemple une balle de tennis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="39" />
      <source>Add as &amp;new step</source>
      <translation>Ajouter comme &amp;nouvelle étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="78" />
      <source>Add kit item</source>
      <translation>Ajouter un élément à la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="45" />
      <source>Add rescue step</source>
      <translation>Ajouter une étape de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="53" />
      <source>Add routine item</source>
      <translation>Ajouter un élément à la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="167" />
      <source>Add the steps that help you under “My rescue plan” in the Toolkit tab.</source>
      <translation>Ajoutez les étapes qui vous aident sous « Mon plan de secours » dans l’onglet Boîte à outils.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="32" />
      <source>Any one of these is a good start.</source>
      <translation>N’importe laquelle de ces choses est un bon début.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="83" />
      <source>Ar&amp;chive</source>
      <translation>A&amp;rchiver</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="91" />
      <source>Archive kit item</source>
      <translation>Archiver l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="128" />
      <source>Breathe out slowly. Take one step at a time; skip any that do not suit you.</source>
      <translation>Expirez lentement. Une étape à la fois ; passez celles qui ne vous conviennent pas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="183" />
      <source>Bring &amp;back</source>
      <translation>Faire re&amp;venir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="73" />
      <source>Care team</source>
      <translation>Équipe soignante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="53" />
      <source>Care team contacts</source>
      <translation>Contacts de l’équipe soignante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="88" />
      <source>Choose someone to change their details, or fill in the form and press Save to add a new person. Their numbers show in your rescue plan.</source>
      <translation>Choisissez une personne pour modifier ses coordonnées, ou remplissez le formulaire et appuyez sur Enregistrer pour ajouter une nouvelle personne. Leurs numéros s’affichent dans votre plan de secours.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" line="51" />
      <source>Count: %1</source>
      <translation>Nombre : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="61" />
      <source>Daily &amp;target</source>
      <translation>&amp;Objectif par jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="79" />
      <source>Daily prevention routine</source>
      <translation>Routine de prévention quotidienne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="92" />
      <source>Delete kit item</source>
      <translation>Supprimer l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="47" />
      <source>Delete the selected step</source>
      <translation>Supprimer l’étape choisie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="32" />
      <source>Edit kit item</source>
      <translation>Modifier l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="60" />
      <source>Edit the &amp;list…</source>
      <translation>Modifier la &amp;liste…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="40" />
      <source>Edit the daily routine</source>
      <translation>Modifier la routine quotidienne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="61" />
      <source>Edit the routine list</source>
      <translation>Modifier la liste de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="33" />
      <source>Every small step counts; the rest can wait.</source>
      <translation>Chaque petit pas compte ; le reste peut attendre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="30" />
      <source>Everything on the list is done. Well looked after.</source>
      <translation>Tout ce qui est sur la liste est fait. Vous avez bien pris soin de vous.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="213" />
      <source>From your rescue plan.</source>
      <translation>De votre plan de secours.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="249" />
      <source>Heat on: {0} left</source>
      <translation>Chaleur : encore {0}</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" line="84" />
      <source>Heat timer</source>
      <translation>Minuteur chaleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="55" />
      <source>How to do this step</source>
      <translation>Comment faire cette étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="58" />
      <source>I &amp;tried this</source>
      <translation>J’ai &amp;essayé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="60" />
      <source>I tried this step</source>
      <translation>J’ai essayé cette étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="87" />
      <source>If a spasm comes with weakness, numbness, loss of balance, fever, a racing heart or swelling, or will not ease, please talk to a doctor.</source>
      <translation>Si un spasme s’accompagne de faiblesse, d’engourdissement, de perte d’équilibre, de fièvre, d’un cœur qui s’emballe ou d’un gonflement, ou s’il ne se calme pas, parlez-en à un médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="71" />
      <source>Kit and routine</source>
      <translation>Trousse et routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="32" />
      <source>Kit item</source>
      <translation>Élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="125" />
      <source>Kit ready today: %1 of %2  ·  Routine today: %3 of %4</source>
      <translation>Trousse prête aujourd’hui : %1 sur %2  ·  Routine aujourd’hui : %3 sur %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="77" />
      <source>Log this spasm with the steps I tried</source>
      <translation>Noter ce spasme avec les étapes que j’ai essayées</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="75" />
      <source>Magnesium and electrolyte products: if you have kidney or heart conditions or take other medicines, check with your doctor or pharmacist first.</source>
      <translation>Produits à base de magnésium ou d’électrolytes : si vous avez des problèmes de reins ou de cœur, ou si vous prenez d’autres médicaments, demandez d’abord l’avis de votre médecin ou de votre pharmacien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="89" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="81" />
      <source>Move &amp;up</source>
      <translation>Vers le &amp;haut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="82" />
      <source>Move do&amp;wn</source>
      <translation>Vers le &amp;bas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="90" />
      <source>Move kit item down</source>
      <translation>Descendre l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="89" />
      <source>Move kit item up</source>
      <translation>Monter l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="57" />
      <source>Move routine item down</source>
      <translation>Descendre l’élément de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="56" />
      <source>Move routine item up</source>
      <translation>Monter l’élément de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="48" />
      <source>Move step down</source>
      <translation>Descendre l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="48" />
      <source>Move step up</source>
      <translation>Monter l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="87" />
      <source>My care team</source>
      <translation>Mon équipe soignante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="108" />
      <source>My rescue kit</source>
      <translation>Ma trousse de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="72" />
      <source>My rescue plan</source>
      <translation>Mon plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="54" />
      <source>N&amp;ote</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="74" />
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="66" />
      <source>Ne&amp;w contact</source>
      <translation>Nou&amp;veau contact</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="76" />
      <source>New kit item name</source>
      <translation>Nom du nouvel élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="64" />
      <source>Next step</source>
      <translation>Étape suivante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="55" />
      <source>No contacts yet. Adding them is optional; they stay on this computer.</source>
      <translation>Pas encore de contacts. Les ajouter est facultatif ; ils restent sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="166" />
      <source>No steps yet</source>
      <translation>Pas encore d’étapes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" line="45" />
      <source>One less: %1</source>
      <translation>Un de moins : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="37" />
      <source>One line, in your own words</source>
      <translation>Une ligne, avec vos mots</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" line="46" />
      <source>One more: %1</source>
      <translation>Un de plus : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" line="86" />
      <source>Open my rescue plan</source>
      <translation>Ouvrir mon plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="49" />
      <source>Open the rescue plan</source>
      <translation>Ouvrir le plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="48" />
      <source>Opens your plan, one calm step at a time.</source>
      <translation>Ouvre votre plan, une étape calme à la fois.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="71" />
      <source>Play a soft sound when the heat timer ends</source>
      <translation>Jouer un son doux à la fin du minuteur chaleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="40" />
      <source>Please check this field.</source>
      <translation>Vérifiez ce champ.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="38" />
      <source>Please choose a role.</source>
      <translation>Choisissez un rôle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="32" />
      <source>Please give it a name.</source>
      <translation>Donnez-lui un nom.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="34" />
      <source>Please use a whole number, 0 or more.</source>
      <translation>Utilisez un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="36" />
      <source>Please use a whole number, like 3.</source>
      <translation>Utilisez un nombre entier, par exemple 3.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="63" />
      <source>Previous step</source>
      <translation>Étape précédente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="90" />
      <source>Read about the warning signs</source>
      <translation>Lire à propos des signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="86" />
      <source>Remind me (at most once a day) when something runs low</source>
      <translation>Me le rappeler (au plus une fois par jour) quand quelque chose est bientôt épuisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="55" />
      <source>Remove the selected routine item</source>
      <translation>Retirer l’élément choisi de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="67" />
      <source>Rescue kit items</source>
      <translation>Éléments de la trousse de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="40" />
      <source>Rescue plan</source>
      <translation>Plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="34" />
      <source>Rescue plan steps</source>
      <translation>Étapes du plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="71" />
      <source>Restock reminder</source>
      <translation>Rappel de réapprovisionnement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="43" />
      <source>Routine items</source>
      <translation>Éléments de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="57" />
      <source>Routine progress</source>
      <translation>Avancement de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="161" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Bientôt épuisé : %1. Pensez à en racheter quand vous pourrez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="54" />
      <source>Save changes to the selected routine item</source>
      <translation>Enregistrer les modifications de l’élément de routine choisi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="46" />
      <source>Save changes to the selected step</source>
      <translation>Enregistrer les modifications de l’étape choisie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="215" />
      <source>Saved as tried: {0}.</source>
      <translation>Enregistré comme essayé : {0}.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="85" />
      <source>Show archived items</source>
      <translation>Afficher les éléments archivés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="54" />
      <source>Show today's routine</source>
      <translation>Afficher la routine d’aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="55" />
      <source>Show yesterday's routine to fill it in</source>
      <translation>Afficher la routine d’hier pour la remplir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="251" />
      <source>Start a 15-minute &amp;heat timer</source>
      <translation>Lancer un minuteur &amp;chaleur de 15 minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="49" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="54" />
      <source>Step &amp;title</source>
      <translation>&amp;Titre de l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="47" />
      <source>Step number</source>
      <translation>Numéro de l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="169" />
      <source>Step {0} of {1}</source>
      <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="248" />
      <source>Stop the &amp;heat timer</source>
      <translation>Arrêter le minuteur &amp;chaleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="33" />
      <source>That is a little long; please keep it under {0} characters.</source>
      <translation>C’est un peu long ; restez sous {0} caractères.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="35" />
      <source>That number is larger than we can keep; please use a smaller one.</source>
      <translation>Ce nombre est trop grand pour être gardé ; utilisez-en un plus petit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="185" />
      <source>That was the last step</source>
      <translation>C’était la dernière étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="68" />
      <source>The steps you go through when a spasm starts, in the order that suits you. Drag them, or use Alt+Up and Alt+Down.</source>
      <translation>Les étapes que vous suivez quand un spasme commence, dans l’ordre qui vous convient. Faites-les glisser, ou utilisez Alt+Haut et Alt+Bas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="85" />
      <source>Therapists who can help</source>
      <translation>Thérapeutes qui peuvent aider</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" line="37" />
      <source>This does not look like an email address.</source>
      <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="109" />
      <source>Tick what is ready or with you today. The ticks start fresh each morning.</source>
      <translation>Cochez ce qui est prêt ou avec vous aujourd’hui. Les coches repartent de zéro chaque matin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="68" />
      <source>Tick what you have with you today. Alt+Up and Alt+Down move an item.</source>
      <translation>Cochez ce que vous avez avec vous aujourd’hui. Alt+Haut et Alt+Bas déplacent un élément.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" line="85" />
      <source>Time to take the heat off. A light stretch now, if it feels right.</source>
      <translation>C’est le moment d’enlever la chaleur. Un léger étirement maintenant, si ça vous semble bon.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="51" />
      <source>Today at a glance</source>
      <translation>Aujourd’hui en un coup d’œil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="38" />
      <source>Toolkit</source>
      <translation>Boîte à outils</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" line="70" />
      <source>Toolkit sections</source>
      <translation>Sections de la boîte à outils</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="212" />
      <source>Tried from my rescue plan: {0}.</source>
      <translation>Essayé depuis mon plan de secours : {0}.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" line="24" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" line="25" />
      <source>Undo the delete</source>
      <translation>Annuler la suppression</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="106" />
      <source>What goes in a rescue kit</source>
      <translation>Que mettre dans une trousse de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="65" />
      <source>What helps when a spasm starts</source>
      <translation>Ce qui aide quand un spasme commence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="80" />
      <source>Why this helps</source>
      <translation>Pourquoi ça aide</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="191" />
      <source>You already have an item with this name.</source>
      <translation>Vous avez déjà un élément avec ce nom.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="76" />
      <source>You already have an item with this name; that is fine if you mean it.</source>
      <translation>Vous avez déjà un élément avec ce nom ; ce n’est pas grave si c’est voulu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="222" />
      <source>You can keep your care team's numbers in the Toolkit tab.</source>
      <translation>Vous pouvez garder les numéros de votre équipe soignante dans l’onglet Boîte à outils.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="72" />
      <source>Your kit is empty. Add the things that help you when a spasm starts.</source>
      <translation>Votre trousse est vide. Ajoutez les choses qui vous aident quand un spasme commence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="28" />
      <source>Your routine is empty. Add a few small habits that help you.</source>
      <translation>Votre routine est vide. Ajoutez quelques petites habitudes qui vous aident.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="107" />
      <source>a rescue kit</source>
      <translation>une trousse de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="50" />
      <source>archived</source>
      <translation>archivé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="37" />
      <source>e.g. work bag, desk drawer</source>
      <translation>par exemple sac de travail, tiroir du bureau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="44" />
      <source>kept: %1</source>
      <translation>rangé : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="42" />
      <source>leave empty if you do not count it</source>
      <translation>laissez vide si vous ne le comptez pas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" line="44" />
      <source>remind me when fewer than this are left</source>
      <translation>me le rappeler quand il en reste moins que ce nombre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="48" />
      <source>running low</source>
      <translation>bientôt épuisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="91" />
      <source>the warning signs</source>
      <translation>les signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="86" />
      <source>therapists who can help</source>
      <translation>les thérapeutes qui peuvent aider</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="81" />
      <source>this step</source>
      <translation>cette étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" line="66" />
      <source>what helps when a spasm starts</source>
      <translation>ce qui aide quand un spasme commence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="31" />
      <source>{0}  ·  {1} a day</source>
      <translation>{0}  ·  {1} par jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="114" />
      <source>{0} of {1} done today</source>
      <translation>{0} sur {1} faits aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" line="114" />
      <source>{0} of {1} done yesterday</source>
      <translation>{0} sur {1} faits hier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="111" />
      <source>{0}: {1}</source>
      <translation>{0} : {1}</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" line="233" />
      <source>“%1” was deleted.</source>
      <translation>« %1 » a été supprimé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" line="172" />
      <source>“{0}” was deleted.</source>
      <translation>« {0} » a été supprimé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" line="146" />
      <source>“{0}” was taken off the list.</source>
      <translation>« {0} » a été retiré de la liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="61" />
      <source>← &amp;Back</source>
      <translation>← &amp;Retour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" line="180" />
      <source>✓ Tried</source>
      <translation>✓ Essayé</translation>
    </message>
  </context>
  <context>
    <name>ToolkitDefaults</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="30" />
      <source>A breathing or relaxation session</source>
      <translation>Une séance de respiration ou de détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="17" />
      <source>A few sachets for the day</source>
      <translation>Quelques sachets pour la journée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="19" />
      <source>At my desk</source>
      <translation>À mon bureau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="44" />
      <source>Breathe out slowly, longer than you breathe in, or play the release audio.</source>
      <translation>Expirez lentement, plus longtemps que vous n’inspirez, ou écoutez l’audio de relâchement.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="31" />
      <source>Changes of position</source>
      <translation>Changements de position</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="41" />
      <source>Drink some water</source>
      <translation>Boire un peu d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="26" />
      <source>Electrolytes or magnesium-rich food</source>
      <translation>Électrolytes ou aliments riches en magnésium</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="28" />
      <source>Evening stretch</source>
      <translation>Étirement du soir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="32" />
      <source>Followed my pacing plan</source>
      <translation>J’ai suivi mon plan de rythme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="25" />
      <source>Glasses of water</source>
      <translation>Verres d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="18" />
      <source>Heating pad</source>
      <translation>Coussin chauffant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="40" />
      <source>If it is in your kit, rub a little magnesium lotion or spray into the area.</source>
      <translation>Si vous en avez dans votre trousse, frottez la zone avec un peu de lotion ou de spray au magnésium.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="39" />
      <source>Magnesium on the skin</source>
      <translation>Magnésium sur la peau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="27" />
      <source>Morning stretch</source>
      <translation>Étirement du matin</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="33" />
      <source>Move gently</source>
      <translation>Bouger doucement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="24" />
      <source>On my wrist or phone</source>
      <translation>Sur mon poignet ou mon téléphone</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="21" />
      <source>On this computer and my phone</source>
      <translation>Sur cet ordinateur et mon téléphone</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="22" />
      <source>Pill case for supplements and medication</source>
      <translation>Pilulier pour les compléments et les médicaments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="37" />
      <source>Press or massage the knot</source>
      <translation>Appuyer sur le nœud ou le masser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="38" />
      <source>Press the sore spot with your fingers or a ball and hold, or rub in slow circles.</source>
      <translation>Appuyez sur le point douloureux avec les doigts ou une balle et maintenez, ou frottez en petits cercles lents.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="36" />
      <source>Put heat on the muscle for about 15 minutes, then stretch it softly, only as far as it feels kind.</source>
      <translation>Mettez de la chaleur sur le muscle pendant environ 15 minutes, puis étirez-le doucement, seulement tant que c’est agréable.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="42" />
      <source>Sip a glass of water, or your electrolyte mix if you carry one.</source>
      <translation>Buvez un verre d’eau à petites gorgées, ou votre boisson d’électrolytes si vous en avez une.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="43" />
      <source>Slow breathing</source>
      <translation>Respiration lente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="34" />
      <source>Slowly move the tight part through an easy, small range, a few times, without forcing it.</source>
      <translation>Bougez lentement la partie contractée dans une petite amplitude facile, quelques fois, sans forcer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="23" />
      <source>Stress-relief reminders or wearable</source>
      <translation>Rappels ou objet connecté contre le stress</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="15" />
      <source>Travel magnesium or electrolyte mix</source>
      <translation>Magnésium ou boisson d’électrolytes de voyage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="20" />
      <source>Warm-up and relaxation audio</source>
      <translation>Audio d’échauffement et de détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="29" />
      <source>Warmth (heat pad, warm bath or wrap)</source>
      <translation>Chaleur (coussin chauffant, bain chaud ou bouillotte)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="35" />
      <source>Warmth, then a light stretch</source>
      <translation>Chaleur, puis léger étirement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="16" />
      <source>Work bag</source>
      <translation>Sac de travail</translation>
    </message>
  </context>
  <context>
    <name>ToolkitRoles</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="51" />
      <source>Biofeedback practitioner</source>
      <translation>Praticien·ne en biofeedback</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="52" />
      <source>Doctor</source>
      <translation>Médecin</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="49" />
      <source>Massage or myofascial therapist</source>
      <translation>Masseur·se ou thérapeute myofascial·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="50" />
      <source>Occupational therapist</source>
      <translation>Ergothérapeute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="53" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" line="48" />
      <source>Physical therapist</source>
      <translation>Kinésithérapeute</translation>
    </message>
  </context>
  <context>
    <name>ToolkitTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="129" />
      <source>A &amp;spasm is starting…</source>
      <translation>Un &amp;spasme commence…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="131" />
      <source>Open my rescue plan</source>
      <translation>Ouvrir mon plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="108" />
      <source>Open the kit</source>
      <translation>Ouvrir la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="48" />
      <source>Rescue kit, routine and plan</source>
      <translation>Trousse de secours, routine et plan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="107" />
      <source>Running low: {0}. Worth restocking when you can.</source>
      <translation>Bientôt épuisé : {0}. Pensez à en racheter quand vous pourrez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="48" />
      <source>Toolkit</source>
      <translation>Boîte à outils</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" line="106" />
      <source>Your rescue kit</source>
      <translation>Votre trousse de secours</translation>
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
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" line="47" />
      <source>Add a trigger of your own</source>
      <translation>Ajouter un déclencheur à vous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" line="50" />
      <source>Add this trigger</source>
      <translation>Ajouter ce déclencheur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" line="46" />
      <source>Something else, in your words</source>
      <translation>Autre chose, avec vos mots</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" line="108" />
      <source>Tap to mark it, tap again to unmark</source>
      <translation>Touchez pour le marquer, touchez à nouveau pour le retirer</translation>
    </message>
  </context>
  <context>
    <name>WarningSignsRow</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" line="44" />
      <source>Anything else to note: show the warning signs</source>
      <translation>Autre chose à noter : afficher les signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" line="39" />
      <source>Anything else? Weakness, numbness, fever…</source>
      <translation>Autre chose ? Faiblesse, engourdissement, fièvre…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" line="59" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Merci de l’avoir noté. Des signes comme ceux-ci méritent d’être vérifiés par un médecin ; s’ils sont soudains ou forts, consultez en urgence.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="77" />
      <source>Everything stays on this computer. The app never connects to the internet, has no account and sends nothing anywhere.</source>
      <translation>Tout reste sur cet ordinateur. L’application ne se connecte jamais à Internet, n’a pas de compte et n’envoie rien nulle part.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="97" />
      <source>Get started</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="73" />
      <source>Log a spasm in a few seconds, even in the middle of one, and add details later. Pace your desk work with gentle breaks, listen to calming sessions, keep your rescue kit and routine at hand, and see over time what seems to help.</source>
      <translation>Notez un spasme en quelques secondes, même en plein milieu, et ajoutez les détails plus tard. Rythmez votre travail à l’écran avec des pauses douces, écoutez des séances apaisantes, gardez votre trousse de secours et votre routine à portée de main, et voyez avec le temps ce qui semble aider.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="94" />
      <source>Read the warning signs</source>
      <translation>Lire les signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="88" />
      <source>Short guides in plain words, about why spasms happen and what helps, are in Help → Learn.</source>
      <translation>De courts guides en mots simples, sur les causes des spasmes et ce qui aide, se trouvent dans Aide → Comprendre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="68" />
      <source>Welcome to Fibro Desktop</source>
      <translation>Bienvenue dans Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="71" />
      <source>Welcome. This app is here to make hard days a little easier.</source>
      <translation>Bienvenue. Cette application est là pour rendre les jours difficiles un peu plus faciles.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" line="84" />
      <source>When to see a doctor</source>
      <translation>Quand consulter un médecin</translation>
    </message>
  </context>
  <context>
    <name>WriteErrors</name>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="60" />
      <source>Something could not be saved because the disk is full. Please free some space (empty the trash, remove large files); what you save afterwards is kept.</source>
      <translation>Quelque chose n’a pas pu être enregistré parce que le disque est plein. Libérez de la place (videz la corbeille, supprimez de gros fichiers) ; ce que vous enregistrerez ensuite sera gardé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="63" />
      <source>Something could not be saved because your data folder cannot be written to.</source>
      <translation>Quelque chose n’a pas pu être enregistré parce qu’il est impossible d’écrire dans votre dossier de données.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="78" />
      <source>The automatic backup could not be made (%1). Your data itself is safe. Press “Back up now” to try again; if it fails again, the details are in the log (Help, About).</source>
      <translation>La sauvegarde automatique n’a pas pu être faite (%1). Vos données elles-mêmes ne risquent rien. Appuyez sur « Sauvegarder maintenant » pour réessayer ; si cela échoue encore, les détails sont dans le journal technique (Aide, À propos).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="75" />
      <source>The automatic backup could not be made: the backup folder cannot be written to. Your data itself is safe. Please check the folder in Backups and restore, then press “Back up now”.</source>
      <translation>La sauvegarde automatique n’a pas pu être faite : impossible d’écrire dans le dossier de sauvegarde. Vos données elles-mêmes ne risquent rien. Vérifiez le dossier dans Sauvegardes et restauration, puis appuyez sur « Sauvegarder maintenant ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="71" />
      <source>The automatic backup could not be made: the disk is full. Your data itself is safe. Please free some space (empty the trash, remove large files), then press “Back up now”.</source>
      <translation>La sauvegarde automatique n’a pas pu être faite : le disque est plein. Vos données elles-mêmes ne risquent rien. Libérez de la place (videz la corbeille, supprimez de gros fichiers), puis appuyez sur « Sauvegarder maintenant ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="40" />
      <source>The backup could not be made: its folder cannot be written to.</source>
      <translation>La sauvegarde n’a pas pu être faite : impossible d’écrire dans son dossier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="37" />
      <source>The backup could not be made: the disk is full. Please free some space, then make a backup again (File, Backups and restore).</source>
      <translation>La sauvegarde n’a pas pu être faite : le disque est plein. Libérez de la place, puis refaites une sauvegarde (Fichier, Sauvegardes et restauration).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="85" />
      <source>The backup was made, but its copy to your second folder failed (%1). Please check that the drive is connected, then press “Back up now”.</source>
      <translation>La sauvegarde a été faite, mais sa copie dans votre second dossier a échoué (%1). Vérifiez que le disque est branché, puis appuyez sur « Sauvegarder maintenant ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="94" />
      <source>The disk is full; please free some space and try again.</source>
      <translation>Le disque est plein ; libérez de la place et réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="51" />
      <source>The file could not be written there: that folder cannot be written to. Please choose another folder.</source>
      <translation>Le fichier n’a pas pu être écrit à cet endroit : impossible d’écrire dans ce dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="48" />
      <source>The file could not be written: the disk is full. Please free some space, or choose another drive, and try again.</source>
      <translation>Le fichier n’a pas pu être écrit : le disque est plein. Libérez de la place, ou choisissez un autre disque, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="21" />
      <source>This could not be saved yet: %1 What you entered is still here. Please press Save again in a moment.</source>
      <translation>Ceci n’a pas encore pu être enregistré : %1 Ce que vous avez saisi est toujours là. Appuyez de nouveau sur Enregistrer dans un moment.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="25" />
      <source>This could not be saved: the disk is full. What you entered is still here. Please free some space (empty the trash, remove large files), then press Save again.</source>
      <translation>Ceci n’a pas pu être enregistré : le disque est plein. Ce que vous avez saisi est toujours là. Libérez de la place (videz la corbeille, supprimez de gros fichiers), puis appuyez de nouveau sur Enregistrer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="28" />
      <source>This could not be saved: your data folder cannot be written to. What you entered is still here.</source>
      <translation>Ceci n’a pas pu être enregistré : impossible d’écrire dans votre dossier de données. Ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" line="96" />
      <source>Your data folder cannot be written to.</source>
      <translation>Impossible d’écrire dans votre dossier de données.</translation>
    </message>
  </context>
  <context>
    <name>durations</name>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" line="65" />
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" line="66" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" line="62" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" line="59" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>A place has a side it does not have.</source>
      <translation>Un endroit a un côté qu’il n’a pas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>A place on the body is not known to the app.</source>
      <translation>L’application ne connaît pas cet endroit du corps.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>A warning sign is not known to the app.</source>
      <translation>L’application ne connaît pas ce signe d’alerte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Choisissez un nombre de 0 à 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose a sleep state from the list.</source>
      <translation>Choisissez un état de sommeil dans la liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose an activity level from the list.</source>
      <translation>Choisissez un niveau d’activité dans la liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose an answer from the list.</source>
      <translation>Choisissez une réponse dans la liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose what kind of spasm it was.</source>
      <translation>Choisissez le type de spasme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Choose which one you took.</source>
      <translation>Choisissez ce que vous avez pris.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
      <source>Clean a free-text note (may be empty).</source>
      <translation>Nettoie une note libre (peut être vide).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
      <source>Clean a name; refuse an empty one and one over ``MAX_NAME_CHARS``.</source>
      <translation>Nettoie un nom ; refuse un nom vide ou plus long que ``MAX_NAME_CHARS``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Each thing you tried can be listed once.</source>
      <translation>Chaque chose essayée ne peut être indiquée qu’une fois.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Enter a time between 0 minutes and 24 hours.</source>
      <translation>Indiquez une durée entre 0 minute et 24 heures.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Enter between 0 and 24 hours of sleep.</source>
      <translation>Indiquez entre 0 et 24 heures de sommeil.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Give it a name, as you would write it.</source>
      <translation>Donnez-lui un nom, comme vous l’écririez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>It can't have ended after now. Is it still going?</source>
      <translation>La fin ne peut pas être après maintenant. Est-ce toujours en cours ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
      <source>Parse a non-negative whole number (a quantity, threshold or target).

    An empty value gives ``None`` when ``allow_empty``. ``minimum`` lets a
    daily target require at least 1.
    </source>
      <translation>Lit un nombre entier positif ou nul (une quantité, un seuil ou un objectif).

    Une valeur vide donne ``None`` quand ``allow_empty``. ``minimum`` permet
    d’exiger au moins 1 pour un objectif quotidien.
    </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Problems with ``checkin``; ``today`` is the person's local date.</source>
      <translation>Problèmes de ``checkin`` ; ``today`` est la date locale de la personne.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Problems with ``episode`` as of ``now`` (aware), by field name.</source>
      <translation>Problèmes de ``episode`` à ``now`` (avec fuseau), par nom de champ.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
      <source>Raised by the store when a value breaks a rule above; ``field`` names
    the input ("name", "quantity"…) and ``code`` the error id.</source>
      <translation>Levée par le stockage quand une valeur enfreint une règle ci-dessus ; ``field`` nomme
    la saisie (« name », « quantity »…) et ``code`` l’identifiant de l’erreur.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Raised by the store when an entry fails validation; nothing was written.

    ``errors`` maps field names to messages, as the ``validate_*`` functions
    return them.
    </source>
      <translation>Levée par le stockage quand une entrée ne passe pas la validation ; rien n’a été écrit.

    ``errors`` associe des noms de champs à des messages, tels que les fonctions
    ``validate_*`` les renvoient.
    </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Say whether it helped: yes, a little, or no.</source>
      <translation>Dites si ça a aidé : oui, un peu ou non.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Say whether it was taken or skipped.</source>
      <translation>Dites si c’a été pris ou non.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Say which side for each place.</source>
      <translation>Indiquez le côté pour chaque endroit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Something that did not help has no time to relief.</source>
      <translation>Ce qui n’a pas aidé n’a pas de temps avant soulagement.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" line="0" />
      <source>The count ``value``, or :class:`InvalidInput`; never ``None`` unless ``allow_empty``.</source>
      <translation>Le nombre ``value``, ou :class:`InvalidInput` ; jamais ``None`` sauf avec ``allow_empty``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>The start can't be in the future.</source>
      <translation>Le début ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>The start time needs a time zone.</source>
      <translation>L’heure de début a besoin d’un fuseau horaire.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>The time can't be in the future.</source>
      <translation>L’heure ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>The time needs a time zone.</source>
      <translation>L’heure a besoin d’un fuseau horaire.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>This list holds an entry the app does not know.</source>
      <translation>Cette liste contient une entrée que l’application ne connaît pas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>Time to relief must be between 0 minutes and 24 hours.</source>
      <translation>Le temps avant soulagement doit être entre 0 minute et 24 heures.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" line="0" />
      <source>You can check in for today or earlier days.</source>
      <translation>Vous pouvez faire le bilan d’aujourd’hui ou des jours précédents.</translation>
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
      <translation>Une crampe ou une secousse qui dérange le sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>A sharp, gripping tightness, often in calves or hands</source>
      <translation>Une contraction vive et serrée, souvent dans les mollets ou les mains</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>A tender knot that tightens when pressed or stretched</source>
      <translation>Un nœud sensible qui se serre quand on appuie dessus ou qu’on l’étire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>A tight spell that lasts minutes or hours</source>
      <translation>Une tension qui dure des minutes ou des heures</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Abdomen</source>
      <translation>Ventre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Awake</source>
      <translation>Éveillé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Back of thighs</source>
      <translation>Arrière des cuisses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Both</source>
      <translation>Des deux côtés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Breathing or relaxation audio</source>
      <translation>Respiration ou audio de détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Calves</source>
      <translation>Mollets</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Chest</source>
      <translation>Poitrine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Cold</source>
      <translation>Froid</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Cramp</source>
      <translation>Crampe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Did not help</source>
      <translation>N’a pas aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Falling asleep</source>
      <translation>En train de m’endormir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Feet</source>
      <translation>Pieds</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Fever</source>
      <translation>Fièvre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Forearms</source>
      <translation>Avant-bras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Front of thighs</source>
      <translation>Avant des cuisses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Gentle movement</source>
      <translation>Mouvement doux</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Gentle stretch</source>
      <translation>Étirement doux</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Hands</source>
      <translation>Mains</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Hard physical effort</source>
      <translation>Gros effort physique</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Heat</source>
      <translation>Chaleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Helped</source>
      <translation>A aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Helped a little</source>
      <translation>A un peu aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Hips and glutes</source>
      <translation>Hanches et fessiers</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>It woke me up</source>
      <translation>Ça m’a réveillé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Jaw</source>
      <translation>Mâchoire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Just woken up</source>
      <translation>Juste réveillé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Knot</source>
      <translation>Nœud musculaire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Left</source>
      <translation>Gauche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Light activity</source>
      <translation>Activité légère</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Long sitting or one posture</source>
      <translation>Longtemps assis·e ou dans la même posture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Long tension</source>
      <translation>Contracture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Loss of balance</source>
      <translation>Perte d’équilibre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Lower back</source>
      <translation>Bas du dos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Magnesium on the skin</source>
      <translation>Magnésium sur la peau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Magnesium or electrolyte drink</source>
      <translation>Boisson au magnésium ou aux électrolytes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Massage or myofascial release</source>
      <translation>Massage ou relâchement myofascial</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Moderate activity</source>
      <translation>Activité modérée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Muscle swelling</source>
      <translation>Gonflement du muscle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Neck</source>
      <translation>Cou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Night cramp</source>
      <translation>Crampe nocturne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>No, they were interrupted a lot</source>
      <translation>Non, elles ont été souvent interrompues</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Not enough water</source>
      <translation>Pas assez d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Numbness</source>
      <translation>Engourdissement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Partly, with some interruptions</source>
      <translation>En partie, avec quelques interruptions</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Poor sleep</source>
      <translation>Mauvais sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Prescribed medication</source>
      <translation>Médicament prescrit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Racing heart</source>
      <translation>Cœur qui s’emballe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Repetitive task</source>
      <translation>Tâche répétitive</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Rest</source>
      <translation>Repos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Resting</source>
      <translation>Au repos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Right</source>
      <translation>Droite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Shoulders</source>
      <translation>Épaules</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Skipped a meal</source>
      <translation>Repas sauté</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Small rippling twitches under the skin</source>
      <translation>Petites secousses sous la peau, comme des frémissements</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Strenuous activity</source>
      <translation>Activité intense</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Stress or worry</source>
      <translation>Stress ou inquiétude</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Tiredness</source>
      <translation>Fatigue</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Twitching</source>
      <translation>Tressautements</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Upper arms</source>
      <translation>Haut des bras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Upper back</source>
      <translation>Haut du dos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Water</source>
      <translation>Eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Weakness</source>
      <translation>Faiblesse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" line="0" />
      <source>Yes, without interruption</source>
      <translation>Oui, sans interruption</translation>
    </message>
  </context>
  <context>
    <name>warning_signs</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before.</source>
      <translation>%1 épisodes ces 4 dernières semaines, contre %2 les 4 semaines d’avant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before; typical intensity %3 against %4.</source>
      <translation>%1 épisodes ces 4 dernières semaines, contre %2 les 4 semaines d’avant ; intensité habituelle %3 contre %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>%1 or more spasms a day on %2 of 7 days.</source>
      <translation>%1 spasmes ou plus par jour sur %2 jours sur 7.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>%1 spasms of %2 or more in 7 days.</source>
      <translation>%1 spasmes d’intensité %2 ou plus en 7 jours.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/flag_text.py" line="25" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>An episode came with: %1.</source>
      <translation>Un épisode s’est accompagné de : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>An episode has been going on for %1 and is not marked as over.</source>
      <translation>Un épisode dure depuis %1 et n’est pas marqué comme terminé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>An episode limited moving around %1 of 10.</source>
      <translation>Un épisode a limité les déplacements à %1 sur 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>Moving about was %1 of 10 or less on %2 of 7 days.</source>
      <translation>La facilité à se déplacer était de %1 sur 10 ou moins sur %2 jours sur 7.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>One spasm lasted %1.</source>
      <translation>Un spasme a duré %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>Spasms at night on %1 of 7 nights, %2 nights in a row.</source>
      <translation>Spasmes la nuit sur %1 nuits sur 7, dont %2 nuits de suite.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>Spasms at night on %1 of 7 nights.</source>
      <translation>Spasmes la nuit sur %1 nuits sur 7.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>The day's check-in noted: %1.</source>
      <translation>Le bilan du jour a noté : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>The day's check-in rated moving about %1 of 10.</source>
      <translation>Le bilan du jour a noté la facilité à se déplacer à %1 sur 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>Typical intensity %1 against %2 in the 4 weeks before.</source>
      <translation>Intensité habituelle %1, contre %2 les 4 semaines d’avant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" line="0" />
      <source>You kept up at least half of your routine on %1 of the last 28 days.</source>
      <translation>Vous avez suivi au moins la moitié de votre routine %1 jours sur les 28 derniers.</translation>
    </message>
  </context>
</TS>
