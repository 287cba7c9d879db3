<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>&amp;Licences</source>
      <translation>&amp;Licences</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>A private companion for people with fibromyalgia who live with muscle spasms.</source>
      <translation>Un compagnon privé pour les personnes atteintes de fibromyalgie qui vivent avec des spasmes musculaires.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>About Fibro Desktop</source>
      <translation>À propos de Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Fibro Desktop %1</source>
      <translation>Fibro Desktop %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Log files: %1</source>
      <translation>Journaux techniques : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Open data folder</source>
      <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Your data is kept here, on this computer only:
%1</source>
      <translation>Vos données sont conservées ici, sur cet ordinateur uniquement :
%1</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <location filename="../../fibro_desktop/ui/kit/names.py" />
      <source>Column headings</source>
      <translation>En-têtes de colonnes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/kit/names.py" />
      <source>Row headings</source>
      <translation>En-têtes de lignes</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;About Fibro Desktop</source>
      <translation>À &amp;propos de Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Settings…</source>
      <translation>Para&amp;mètres…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Show Fibro Desktop</source>
      <translation>&amp;Afficher Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Welcome and safety notes</source>
      <translation>&amp;Bienvenue et conseils de sécurité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>Open the &amp;data folder</source>
      <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>A Fibro Desktop command (%1) is working on your data right now. Please start Fibro Desktop again when it has finished.</source>
      <translation>Une commande de Fibro Desktop (%1) travaille sur vos données en ce moment. Relancez Fibro Desktop quand elle aura terminé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop could not write in your data folder %1; the disk may be full.</source>
      <translation>Fibro Desktop n’a pas pu écrire dans votre dossier de données %1 ; le disque est peut-être plein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop is already running; its window was brought to the front.</source>
      <translation>Fibro Desktop est déjà ouvert ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop seems to be running already but does not answer. Please close it, or restart the computer, and try again.</source>
      <translation>Fibro Desktop semble déjà ouvert, mais ne répond pas. Fermez-le, ou redémarrez l’ordinateur, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>The data folder %1 cannot be created: %2 Please choose another folder.</source>
      <translation>Le dossier de données %1 ne peut pas être créé : %2 Choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>The data folder cannot be created: %1</source>
      <translation>Le dossier de données ne peut pas être créé : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data cannot be opened there without writing to it. Nothing was changed. Please %1, and start again.</source>
      <translation>Vos données ne peuvent pas être ouvertes à cet endroit sans y écrire. Rien n’a été modifié. Veuillez %1, puis relancez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes.</source>
      <translation>Impossible d’écrire dans votre dossier de données %1 : il est en lecture seule, ou sur un disque qui n’accepte pas les modifications.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data is open for reading only: you can look at it, export it and make the provider report, but changes cannot be saved. To save again, %1, then restart Fibro Desktop.</source>
      <translation>Vos données sont ouvertes en lecture seule : vous pouvez les consulter, les exporter et créer le rapport pour votre soignant, mais les modifications ne peuvent pas être enregistrées. Pour enregistrer à nouveau, veuillez %1, puis relancer Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>free some space on that disk</source>
      <translation>libérer de la place sur ce disque</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>make the folder writable, or move your data folder to a drive that allows changes</source>
      <translation>rendre le dossier accessible en écriture, ou déplacer votre dossier de données sur un disque qui accepte les modifications</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>the disk is full.</source>
      <translation>le disque est plein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>the place it is in cannot be written to.</source>
      <translation>l’emplacement n’accepte pas l’écriture.</translation>
    </message>
  </context>
  <context>
    <name>BodyMap</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (both sides)</source>
      <translation>%1 (des deux côtés)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (left)</source>
      <translation>%1 (gauche)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (right)</source>
      <translation>%1 (droite)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, not selected</source>
      <translation>%1, non sélectionné</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, selected</source>
      <translation>%1, sélectionné</translation>
    </message>
  </context>
  <context>
    <name>BodyMapPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>&amp;Picked muscle groups</source>
      <translation>&amp;Groupes musculaires choisis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>C&amp;lear</source>
      <translation>&amp;Effacer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Clear picked muscle groups</source>
      <translation>Effacer les groupes musculaires choisis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Nothing picked yet. Click the place on the figures, or use Tab to move from place to place and Space to pick.</source>
      <translation>Rien n’est choisi pour l’instant. Cliquez sur l’endroit voulu sur les silhouettes, ou utilisez Tab pour passer d’un endroit à l’autre et Espace pour choisir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Picked muscle groups</source>
      <translation>Groupes musculaires choisis</translation>
    </message>
  </context>
  <context>
    <name>BodyMapWidget</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>%1% of the highest</source>
      <translation>%1 % du maximum</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Back</source>
      <translation>Dos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Body map</source>
      <translation>Carte du corps</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front</source>
      <translation>Face</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front and back figures. Tab or the arrow keys move between muscle groups; Space picks or unpicks one; Ctrl+Tab leaves the map.</source>
      <translation>Silhouettes de face et de dos. Tab ou les flèches passent d’un groupe musculaire à l’autre ; Espace choisit ou retire un groupe ; Ctrl+Tab quitte la carte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front and back figures. The arrow keys move between muscle groups.</source>
      <translation>Silhouettes de face et de dos. Les flèches passent d’un groupe musculaire à l’autre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Left</source>
      <translation>Gauche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Less</source>
      <translation>Moins</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>More</source>
      <translation>Plus</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Nothing picked.</source>
      <translation>Rien n’est choisi.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Picked: %1.</source>
      <translation>Choisis : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Right</source>
      <translation>Droite</translation>
    </message>
  </context>
  <context>
    <name>BreakPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>%1 left</source>
      <translation>Encore %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;I did it</source>
      <translation>C’est fai&amp;t</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Not now</source>
      <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Postpone</source>
      <translation>&amp;Reporter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Postpone %1 min</source>
      <translation>&amp;Reporter de %1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Skip</source>
      <translation>P&amp;asser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Take it now</source>
      <translation>Faire la pause &amp;maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Available once most of the break has passed</source>
      <translation>Disponible quand la plus grande partie de la pause est passée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break panel</source>
      <translation>Panneau de pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break progress</source>
      <translation>Avancement de la pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Coming up in a few seconds. Finish your sentence, or take it now.</source>
      <translation>La pause arrive dans quelques secondes. Finissez votre phrase, ou prenez-la maintenant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>I drank a &amp;glass</source>
      <translation>J’ai bu un &amp;verre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Logged from a break (Spasm now)</source>
      <translation>Noté depuis une pause (Spasme maintenant)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Play &amp;release audio</source>
      <translation>Écouter l’audio de re&amp;lâchement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Play &amp;warm-up audio</source>
      <translation>Écouter l’audio d’&amp;échauffement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Spasme maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Time left</source>
      <translation>Temps restant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Turns this into a recovery break, holds desk time and opens the quick log</source>
      <translation>Transforme cette pause en pause de récupération, suspend le temps de travail et ouvre la saisie rapide</translation>
    </message>
  </context>
  <context>
    <name>BrokenPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" />
      <source>Something saved in your data could not be read, so “%1” could not open. Nothing has been changed or deleted, and the other tabs work as usual.

You can put back a backup from before the problem, or save everything that can still be read to a file.</source>
      <translation>Un élément enregistré dans vos données n’a pas pu être lu, donc « %1 » n’a pas pu s’ouvrir. Rien n’a été modifié ni supprimé, et les autres onglets fonctionnent normalement.

Vous pouvez remettre une sauvegarde d’avant le problème, ou enregistrer dans un fichier tout ce qui peut encore être lu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" />
      <source>This part cannot be shown right now</source>
      <translation>Cette partie ne peut pas être affichée pour le moment</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (%2 % to %3 %)</source>
      <translation>%1 (de %2 % à %3 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 (%2 on %3)</source>
      <translation>%1 (%2 en %3)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (%2 on %n days)</source>
      <extracomment>A count. English: %1 (%2 on %n day) / %1 (%2 on %n days)</extracomment>
      <translation>
        <numerusform>%1 (%2 en %n jour)</numerusform>
        <numerusform>%1 (%2 en %n jours)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 (%n spasms)</source>
      <extracomment>A count. English: %1 (%n spasm) / %1 (%n spasms)</extracomment>
      <translation>
        <numerusform>%1 (%n spasme)</numerusform>
        <numerusform>%1 (%n spasmes)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (from %n check-ins)</source>
      <extracomment>A count. English: %1 (from %n check-in) / %1 (from %n check-ins)</extracomment>
      <translation>
        <numerusform>%1 (d’après %n bilan)</numerusform>
        <numerusform>%1 (d’après %n bilans)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (from %n spasms)</source>
      <extracomment>A count. English: %1 (from %n spasm) / %1 (from %n spasms)</extracomment>
      <translation>
        <numerusform>%1 (d’après %n spasme)</numerusform>
        <numerusform>%1 (d’après %n spasmes)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (noted on %n spasms)</source>
      <extracomment>A count. English: %1 (noted on %n spasm) / %1 (noted on %n spasms)</extracomment>
      <translation>
        <numerusform>%1 (noté sur %n spasme)</numerusform>
        <numerusform>%1 (noté sur %n spasmes)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 min (from %n times)</source>
      <extracomment>A count. English: %1 min (from %n time) / %1 min (from %n times)</extracomment>
      <translation>
        <numerusform>%1 min (d’après %n fois)</numerusform>
        <numerusform>%1 min (d’après %n fois)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%1 of %n days</source>
      <extracomment>A count. English: %1 of %n day / %1 of %n days</extracomment>
      <translation>
        <numerusform>%1 sur %n jour</numerusform>
        <numerusform>%1 sur %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%1 of %n tracked days</source>
      <extracomment>A count. English: %1 of %n tracked day / %1 of %n tracked days</extracomment>
      <translation>
        <numerusform>%1 sur %n jour suivi</numerusform>
        <numerusform>%1 sur %n jours suivis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 point</source>
      <translation>%1 point</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 points</source>
      <translation>%1 points</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 with it: %2; %3 without: %4</source>
      <translation>%1 avec : %2 ; %3 sans : %4</translation>
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
        <numerusform>%1, %2:00–%3:00 : %n spasme</numerusform>
        <numerusform>%1, %2:00–%3:00 : %n spasmes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %2 minutes in %n sessions</source>
      <extracomment>A count. English: %1: %2 minutes in %n session / %1: %2 minutes in %n sessions</extracomment>
      <translation>
        <numerusform>%1 : %2 minutes en %n séance</numerusform>
        <numerusform>%1 : %2 minutes en %n séances</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %2 of %n breaks taken; %3</source>
      <extracomment>A count. English: %1: %2 of %n break taken; %3 / %1: %2 of %n breaks taken; %3</extracomment>
      <translation>
        <numerusform>%1 : %2 pause prise sur %n ; %3</numerusform>
        <numerusform>%1 : %2 pauses prises sur %n ; %3</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %n spasms</source>
      <extracomment>A count. English: %1: %n spasm / %1: %n spasms</extracomment>
      <translation>
        <numerusform>%1 : %n spasme</numerusform>
        <numerusform>%1 : %n spasmes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %n spasms, 7-day average %2</source>
      <extracomment>A count. English: %1: %n spasm, 7-day average %2 / %1: %n spasms, 7-day average %2</extracomment>
      <translation>
        <numerusform>%1 : %n spasme, moyenne sur 7 jours %2</numerusform>
        <numerusform>%1 : %n spasmes, moyenne sur 7 jours %2</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: no record at all</source>
      <translation>%1 : aucune donnée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1: not enough data yet (at least %2 days on each side).</source>
      <translation>%1 : pas encore assez de données (au moins %2 jours de chaque côté).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1: noted on %n spasms</source>
      <extracomment>A count. English: %1: noted on %n spasm / %1: noted on %n spasms</extracomment>
      <translation>
        <numerusform>%1 : noté sur %n spasme</numerusform>
        <numerusform>%1 : noté sur %n spasmes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>%1: the numbers</source>
      <translation>%1 : les chiffres</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1: too few ratings to say yet (%2 needed)</source>
      <translation>%1 : trop peu d’évaluations pour le dire (il en faut %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1× (%2 to %3); %4</source>
      <translation>%1× (de %2 à %3) ; %4</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>%Ln check-ins</source>
      <extracomment>A count. English: %Ln check-in / %Ln check-ins</extracomment>
      <translation>
        <numerusform>%Ln bilan</numerusform>
        <numerusform>%Ln bilans</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>%Ln spasms</source>
      <extracomment>A count. English: %Ln spasm / %Ln spasms</extracomment>
      <translation>
        <numerusform>%Ln spasme</numerusform>
        <numerusform>%Ln spasmes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n check-in days</source>
      <extracomment>A count. English: %n check-in day / %n check-in days</extracomment>
      <translation>
        <numerusform>%n jour de bilan</numerusform>
        <numerusform>%n jours de bilan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n days</source>
      <extracomment>A count. English: %n day / %n days</extracomment>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</source>
      <extracomment>A count. English: %n day without any record is left out of these numbers: it is not known whether it had spasms, so it is not counted as a day without them. / %n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</extracomment>
      <translation>
        <numerusform>%n jour sans aucune donnée n’est pas compté dans ces chiffres : on ne sait pas s’il y a eu des spasmes ce jour-là, donc il n’est pas compté comme un jour sans spasme.</numerusform>
        <numerusform>%n jours sans aucune donnée ne sont pas comptés dans ces chiffres : on ne sait pas s’il y a eu des spasmes ces jours-là, donc ils ne sont pas comptés comme des jours sans spasme.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n spasms</source>
      <extracomment>A count. English: %n spasm / %n spasms</extracomment>
      <translation>
        <numerusform>%n spasme</numerusform>
        <numerusform>%n spasmes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%n spasms on the following days</source>
      <extracomment>A count. English: %n spasm on the following days / %n spasms on the following days</extracomment>
      <translation>
        <numerusform>%n spasme les jours suivants</numerusform>
        <numerusform>%n spasmes les jours suivants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%n spasms the next day</source>
      <extracomment>A count. English: %n spasm the next day / %n spasms the next day</extracomment>
      <translation>
        <numerusform>%n spasme le lendemain</numerusform>
        <numerusform>%n spasmes le lendemain</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n tracked days</source>
      <extracomment>A count. English: %n tracked day / %n tracked days</extracomment>
      <translation>
        <numerusform>%n jour suivi</numerusform>
        <numerusform>%n jours suivis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;From</source>
      <translation>&amp;Du</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Open the report</source>
      <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Paper</source>
      <translation>&amp;Papier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Période :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;To</source>
      <translation>&amp;Au</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>1 time as many means no difference. "Could be chance" means the difference does not stand out once all your triggers are looked at together. A trigger needs at least %1 check-in days with it and %1 without before a number is shown.</source>
      <translation>1 fois autant signifie : aucune différence. « Peut-être dû au hasard » signifie que la différence ne ressort plus quand tous vos déclencheurs sont regardés ensemble. Un déclencheur doit avoir au moins %1 jours de bilan avec lui et %1 sans lui avant qu’un chiffre soit affiché.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>7-day average</source>
      <translation>Moyenne sur 7 jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>; could be chance</source>
      <translation> ; peut-être dû au hasard</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>A PDF summary of your spasms, check-ins, what helped and your medication log, to bring to your doctor or therapist. It stays on this computer until you share it.</source>
      <translation>Un résumé PDF de vos spasmes, de vos bilans, de ce qui a aidé et de vos prises de médicaments, à apporter à votre médecin ou à votre thérapeute. Il reste sur cet ordinateur jusqu’à ce que vous le partagiez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>About %1 times as many (%2 to %3).</source>
      <translation>Environ %1 fois autant (de %2 à %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>After the days with the most breaks taken (%1 days), %2 spasms the next day on average; after the days with the fewest (%3 days), %4.</source>
      <translation>Après les jours avec le plus de pauses prises (%1 jours), %2 spasmes le lendemain en moyenne ; après les jours avec le moins de pauses (%3 jours), %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>After the days with the most breaks taken (%1 days): %2 spasms the next day on average; after the days with the fewest (%3 days): %4.</source>
      <translation>Après les jours avec le plus de pauses prises (%1 jours) : %2 spasmes le lendemain en moyenne ; après les jours avec le moins de pauses (%3 jours) : %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Anything you want your provider to read first (optional)</source>
      <translation>Ce que vous voulez que votre soignant lise en premier (facultatif)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Average</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Body map of where spasms happen</source>
      <translation>Carte du corps des endroits où les spasmes surviennent</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks</source>
      <translation>Pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Breaks and spasms</source>
      <translation>Pauses et spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Breaks and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Pauses et spasmes : pas encore assez de données (au moins %1 jours de chaque côté).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks due</source>
      <translation>Pauses prévues</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks taken</source>
      <translation>Pauses prises</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks taken (dark) of breaks due (light) each day, and the spasms of the next day as a line.</source>
      <translation>Pauses prises (foncé) sur pauses prévues (clair) chaque jour, et les spasmes du lendemain en ligne.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Change</source>
      <translation>Évolution</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Change (95 % range)</source>
      <translation>Évolution (intervalle à 95 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Charts</source>
      <translation>Graphiques</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Check-in</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Check-in 0–10</source>
      <translation>Bilan 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Check-in averages</source>
      <translation>Moyennes des bilans</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Check-ins per day (0–10, 10 is best)</source>
      <translation>Bilans par jour (0–10, 10 = le mieux)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Check-ins per week (averages, 0–10, 10 is best)</source>
      <translation>Bilans par semaine (moyennes, 0–10, 10 = le mieux)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Choose dates…</source>
      <translation>Choisir les dates…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>Could not save the picture</source>
      <translation>L’image n’a pas pu être enregistrée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Daily check-ins</source>
      <translation>Bilans du jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Days tracked</source>
      <translation>Jours suivis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Days with at least one spasm</source>
      <translation>Jours avec au moins un spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Drawing the charts…</source>
      <translation>Dessin des graphiques…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Each kind's share of the spasms in this period.</source>
      <translation>La part de chaque type dans les spasmes de cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Each square is one hour of one weekday; the darker it is, the more spasms started then.</source>
      <translation>Chaque case correspond à une heure d’un jour de la semaine ; plus elle est foncée, plus il y a eu de spasmes qui ont commencé à ce moment-là.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Each week's typical (median) and worst intensity, and how long spasms typically lasted and how long you took to recover.</source>
      <translation>Pour chaque semaine : l’intensité habituelle (médiane) et la plus forte, la durée habituelle des spasmes et le temps qu’il vous a fallu pour récupérer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Energy</source>
      <translation>Énergie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Energy (0–10, 10 = lots)</source>
      <translation>Énergie (0–10, 10 = beaucoup)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Everything</source>
      <translation>Tout</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Fibro Desktop, self-tracked record · page %1 of %2</source>
      <translation>Fibro Desktop, suivi personnel · page %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>First day of the report</source>
      <translation>Premier jour du rapport</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>First day shown</source>
      <translation>Premier jour affiché</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>First four weeks</source>
      <translation>Quatre premières semaines</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>First weeks</source>
      <translation>Premières semaines</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>First – last</source>
      <translation>Premier – dernier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>From your daily check-ins (10 is best), with your spasms below on the same dates.</source>
      <translation>D’après vos bilans du jour (10 = le mieux), avec vos spasmes en dessous aux mêmes dates.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Glasses of water</source>
      <translation>Verres d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Hour of the day</source>
      <translation>Heure de la journée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Hours of sleep</source>
      <translation>Heures de sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>How it went</source>
      <translation>Comment ça s’est passé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>How many spasms you logged, with a 7-day average per tracked day (days without any record are left out, not counted as days without spasms). Medications and supplements you took are marked in the strip below.</source>
      <translation>Le nombre de spasmes que vous avez notés, avec une moyenne sur 7 jours par jour suivi (les jours sans aucune donnée sont laissés de côté, pas comptés comme des jours sans spasme). Les médicaments et compléments pris sont marqués dans la bande du dessous.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>How often each muscle group was involved. One spasm can involve several groups.</source>
      <translation>Combien de fois chaque groupe musculaire a été touché. Un spasme peut toucher plusieurs groupes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>How often each thing you tried during a spasm helped (fully or a little), out of the times you rated it. The range in brackets is where the true share probably lies; the list is ordered by its lower end, so many ratings count for more than a few lucky ones.</source>
      <translation>Combien de fois chaque chose essayée pendant un spasme a aidé (complètement ou un peu), sur les fois où vous l’avez évaluée. L’intervalle entre parenthèses est l’endroit où se situe probablement la vraie proportion ; la liste est classée selon sa borne basse, pour que beaucoup d’évaluations comptent plus que quelques coups de chance.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>How often it helped</source>
      <translation>Combien de fois ça a aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>How often what was tried during a spasm helped (fully or a little), with its 95 % range; ranked by the lower end of that range. Fewer than %1 ratings are too few to say.</source>
      <translation>Combien de fois ce qui a été essayé pendant un spasme a aidé (complètement ou un peu), avec son intervalle à 95 % ; classé selon la borne basse de cet intervalle. Moins de %1 évaluations, c’est trop peu pour le dire.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>How to read this</source>
      <translation>Comment lire ceci</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Intensity 0–10</source>
      <translation>Intensité 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Intensity, length and recovery</source>
      <translation>Intensité, durée et récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Kind of spasm</source>
      <translation>Type de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Kinds and places</source>
      <translation>Types et endroits</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Kinds of spasm</source>
      <translation>Types de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 12 months</source>
      <translation>12 derniers mois</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 30 days</source>
      <translation>30 derniers jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 7 days</source>
      <translation>7 derniers jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 90 days</source>
      <translation>90 derniers jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Last day of the report</source>
      <translation>Dernier jour du rapport</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Last day shown</source>
      <translation>Dernier jour affiché</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Last four weeks</source>
      <translation>Quatre dernières semaines</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Last weeks</source>
      <translation>Dernières semaines</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Make a PDF report for your provider</source>
      <translation>Créer un rapport PDF pour votre soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Making your report…</source>
      <translation>Création de votre rapport…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Measure</source>
      <translation>Mesure</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Measuring the difference</source>
      <translation>Mesurer la différence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Measuring the difference compares the first %1 days of this period that have records with its last %1 days. It needs at least %2 tracked days in each, and the two must not overlap. Not enough data yet.</source>
      <translation>« Mesurer la différence » compare les %1 premiers jours de cette période qui ont des données avec ses %1 derniers jours. Il faut au moins %2 jours suivis dans chacun, et les deux ne doivent pas se chevaucher. Pas encore assez de données.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Measuring the difference compares the first %1 days with the last %1 days of the period shown, up to the last day you recorded. The two must not overlap, so this needs about two months of record in the period. Not enough data yet. Choosing "Everything" compares the start and the end of your whole record.</source>
      <translation>« Mesurer la différence » compare les %1 premiers jours avec les %1 derniers jours de la période affichée, jusqu’au dernier jour que vous avez noté. Les deux ne doivent pas se chevaucher : il faut donc environ deux mois de suivi dans la période. Pas encore assez de données. Choisir « Tout » compare le début et la fin de tout votre suivi.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Medications and supplements</source>
      <translation>Médicaments et compléments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Minutes of relaxation audio you listened to each day, and how much your tension eased on average (before minus after, 0–10) when you rated it.</source>
      <translation>Les minutes d’audio de détente écoutées chaque jour, et de combien votre tension a baissé en moyenne (avant moins après, 0–10) quand vous l’avez évaluée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Mobility</source>
      <translation>Mobilité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Mobility (0–10)</source>
      <translation>Mobilité (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Mobility (0–10, 10 = moves freely)</source>
      <translation>Mobilité (0–10, 10 = bouge librement)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Mood</source>
      <translation>Humeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Mood (0–10)</source>
      <translation>Humeur (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Mood (0–10, 10 = good)</source>
      <translation>Humeur (0–10, 10 = bonne)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Muscle group</source>
      <translation>Groupe musculaire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>My notes for you</source>
      <translation>Mes notes pour vous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Next day</source>
      <translation>Lendemain</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No breaks recorded in this period. When the break timer in the Pacing tab runs, your breaks appear here.</source>
      <translation>Aucune pause enregistrée dans cette période. Quand le minuteur de pauses de l’onglet Rythme tourne, vos pauses apparaissent ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No breaks were timed in this period.</source>
      <translation>Aucune pause n’a été minutée dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>No check-ins in this period.</source>
      <translation>Aucun bilan dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No check-ins in this period. A short daily check-in in the Journal lets you see sleep, mood and energy beside your spasms.</source>
      <translation>Aucun bilan dans cette période. Un court bilan du jour dans le Journal vous permet de voir le sommeil, l’humeur et l’énergie à côté de vos spasmes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>No clear difference (%1 to %2 times as many).</source>
      <translation>Pas de différence nette (de %1 à %2 fois autant).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>No muscle groups noted in this period. When you tap where a spasm is, it appears here.</source>
      <translation>Aucun groupe musculaire noté dans cette période. Quand vous touchez l’endroit d’un spasme, il apparaît ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>No program to show PDF files was found on this computer. Your report is saved as %1 in the folder %2.</source>
      <translation>Aucun programme pour afficher les fichiers PDF n’a été trouvé sur cet ordinateur. Votre rapport est enregistré sous le nom %1 dans le dossier %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>No record at all %1: left blank in the chart, not counted as time without spasms.</source>
      <translation>Aucune donnée %1 : laissé vide dans le graphique, pas compté comme du temps sans spasme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No relaxation sessions in this period.</source>
      <translation>Aucune séance de détente dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No relaxation sessions in this period. Sessions you listen to in the Relax tab appear here.</source>
      <translation>Aucune séance de détente dans cette période. Les séances que vous écoutez dans l’onglet Détente apparaissent ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No spasms logged in this period, so there is nothing to measure yet.</source>
      <translation>Aucun spasme noté dans cette période : il n’y a donc encore rien à mesurer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>No spasms logged in this period.</source>
      <translation>Aucun spasme noté dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No spasms logged in this period. When you log them in the Journal, they appear here.</source>
      <translation>Aucun spasme noté dans cette période. Quand vous les notez dans le Journal, ils apparaissent ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No triggers noted in a daily check-in in this period yet.</source>
      <translation>Aucun déclencheur noté dans un bilan du jour pour cette période pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>No triggers noted in this period yet.</source>
      <translation>Aucun déclencheur noté dans cette période pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>None in this period.</source>
      <translation>Rien dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>None logged in this period.</source>
      <translation>Rien de noté dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Noted only on spasm entries:</source>
      <translation>Notés seulement sur des spasmes :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Nothing to chart yet. As you log spasms and daily check-ins in the Journal, your charts and insights build up here. A week or two is enough to start seeing patterns.</source>
      <translation>Rien à afficher pour l’instant. À mesure que vous notez vos spasmes et vos bilans du jour dans le Journal, vos graphiques et vos observations se construisent ici. Une ou deux semaines suffisent pour commencer à voir des tendances.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Nothing tried has been noted in this period yet.</source>
      <translation>Rien de ce que vous avez essayé n’a encore été noté dans cette période.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Overall pain (0–10, 10 = worst)</source>
      <translation>Douleur globale (0–10, 10 = la pire)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>PDF document (*.pdf)</source>
      <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>PNG picture (*.png)</source>
      <translation>Image PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Pacing and relaxation</source>
      <translation>Rythme et détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Pacing, relaxation and spasms</source>
      <translation>Rythme, détente et spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Pale bars: weeks with fewer than 7 tracked days (cut by the period's start or end, or partly tracked); their spasms per week are worked out from the days tracked, so they rest on fewer days.</source>
      <translation>Barres pâles : semaines de moins de 7 jours suivis (coupées par le début ou la fin de la période, ou suivies en partie) ; leurs spasmes par semaine sont calculés d’après les jours suivis, donc ils reposent sur moins de jours.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Per 7 tracked days</source>
      <translation>Pour 7 jours suivis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Period problem</source>
      <translation>Problème de période</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Period shown</source>
      <translation>Période affichée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Period: %1 to %2 (%3). Made on %4.</source>
      <translation>Période : du %1 au %2 (%3). Créé le %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Possible triggers</source>
      <translation>Déclencheurs possibles</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Provider report</source>
      <translation>Rapport pour le soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Provider report…</source>
      <translation>Rapport pour le soignant…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Reading your records…</source>
      <translation>Lecture de vos données…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Recovery</source>
      <translation>Récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Relaxation</source>
      <translation>Détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Relaxation and spasms</source>
      <translation>Détente et spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Relaxation and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Détente et spasmes : pas encore assez de données (au moins %1 jours de chaque côté).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Relief</source>
      <translation>Soulagement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Report saved</source>
      <translation>Rapport enregistré</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Same day</source>
      <translation>Même jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Save PDF…</source>
      <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Save as picture…</source>
      <translation>Enregistrer comme image…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>Save chart as picture</source>
      <translation>Enregistrer le graphique comme image</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Save the chart %1 as a picture</source>
      <translation>Enregistrer le graphique %1 comme image</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Save the report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Share (%)</source>
      <translation>Part (%)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show as chart</source>
      <translation>Afficher en graphique</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show as table</source>
      <translation>Afficher en tableau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show the chart %1 as a table</source>
      <translation>Afficher le graphique %1 en tableau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Side effects noted</source>
      <translation>Effets secondaires notés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Skipped</source>
      <translation>Non prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sleep quality</source>
      <translation>Qualité du sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Sleep quality (0–10)</source>
      <translation>Qualité du sommeil (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Sleep quality (0–10, 10 = slept well)</source>
      <translation>Qualité du sommeil (0–10, 10 = bien dormi)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sleep, mood, energy and mobility</source>
      <translation>Sommeil, humeur, énergie et mobilité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Spasm record for my provider</source>
      <translation>Suivi de mes spasmes pour mon soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Spasms</source>
      <translation>Spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms logged</source>
      <translation>Spasmes notés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms next day</source>
      <translation>Spasmes le lendemain</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Spasms on days when a trigger was ticked in the daily check-in, against check-in days without it (same day, and the day after), adjusted for the stage of the record and the other triggers. 1× means no difference; the range shows what else fits the record. These are patterns, not causes.</source>
      <translation>Spasmes les jours où un déclencheur a été coché dans le bilan du jour, comparés aux jours de bilan sans lui (même jour, et lendemain), ajustés selon l’étape du suivi et les autres déclencheurs. 1× signifie aucune différence ; l’intervalle montre ce qui reste compatible avec le suivi. Ce sont des tendances, pas des causes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Spasms on days you ticked a trigger in your daily check-in, compared with days you did not (from %1). Same day: spasms that day; next day: spasms the day after. Each number is adjusted for the time of year and for your other triggers, that day's and the day before's; the range in brackets is where the true number probably lies.</source>
      <translation>Spasmes les jours où vous avez coché un déclencheur dans votre bilan du jour, comparés aux jours où vous ne l’avez pas coché (d’après %1). Même jour : spasmes ce jour-là ; lendemain : spasmes le jour suivant. Chaque chiffre est ajusté selon la période de l’année et vos autres déclencheurs, ceux du jour même et ceux de la veille ; l’intervalle entre parenthèses est l’endroit où se situe probablement le vrai chiffre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms on the following days</source>
      <translation>Spasmes les jours suivants</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms over time</source>
      <translation>Spasmes au fil du temps</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per day</source>
      <translation>Spasmes par jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Spasms per tracked day</source>
      <translation>Spasmes par jour suivi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms per week</source>
      <translation>Spasmes par semaine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per week (over tracked days)</source>
      <translation>Spasmes par semaine (sur les jours suivis)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per week, over the days tracked</source>
      <translation>Spasmes par semaine, sur les jours suivis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms the next day</source>
      <translation>Spasmes le lendemain</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Stress (0–10, 10 = worst)</source>
      <translation>Stress (0–10, 10 = le pire)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Taken</source>
      <translation>Pris</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Taken on</source>
      <translation>Prise le</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Tension eased</source>
      <translation>Tension apaisée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Tension eased (average)</source>
      <translation>Tension apaisée (moyenne)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>The day after a relaxation session (%1 days): %2 spasms on average; the day after a day without one (%3 days): %4.</source>
      <translation>Le lendemain d’une séance de détente (%1 jours) : %2 spasmes en moyenne ; le lendemain d’un jour sans séance (%3 jours) : %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>The first day must come before the last.</source>
      <translation>Le premier jour doit venir avant le dernier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>The first four weeks of the period shown (%1 – %2: %3, %4) against its last four weeks (%5 – %6: %7, %8), up to the last day you recorded. A tracked day is a day you wrote something in your journal.</source>
      <translation>Les quatre premières semaines de la période affichée (%1 – %2 : %3, %4) comparées à ses quatre dernières semaines (%5 – %6 : %7, %8), jusqu’au dernier jour que vous avez noté. Un jour suivi est un jour où vous avez écrit quelque chose dans votre journal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>The first four weeks of this period that have records (%1 to %2, %3 tracked days) against its last four weeks (%4 to %5, %6 tracked days). A change is named only when its 95 % range leaves out “no change”; otherwise it says “no clear change”.</source>
      <translation>Les quatre premières semaines de cette période qui ont des données (du %1 au %2, %3 jours suivis) comparées à ses quatre dernières semaines (du %4 au %5, %6 jours suivis). Une évolution n’est nommée que si son intervalle à 95 % exclut « aucun changement » ; sinon, il est écrit « pas de changement net ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>The report could not be saved</source>
      <translation>Le rapport n’a pas pu être enregistré</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>The report could not be written to %1. Please choose another place and try again.</source>
      <translation>Le rapport n’a pas pu être écrit dans %1. Choisissez un autre endroit et réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>These are patterns in your own record, not causes. Talk them over with your doctor or care team before changing anything.</source>
      <translation>Ce sont des tendances dans votre propre suivi, pas des causes. Parlez-en à votre médecin ou à votre équipe soignante avant de changer quoi que ce soit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>These have no number: a trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong. To see how it goes with your spasms, tick it in your daily check-in on the days it happens.</source>
      <translation>Ceux-ci n’ont pas de chiffre : un déclencheur noté sur un spasme va toujours avec un spasme, donc comparer les jours avec et sans lui le ferait paraître fort. Pour voir son lien avec vos spasmes, cochez-le dans votre bilan du jour les jours où il se présente.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>These were noted only on spasm entries, never in a daily check-in. A trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong: no ratio is shown.</source>
      <translation>Ceux-ci ont été notés seulement sur des spasmes, jamais dans un bilan du jour. Un déclencheur noté sur un spasme va toujours avec un spasme, donc comparer les jours avec et sans lui le ferait paraître fort : aucun rapport n’est affiché.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>This summary comes from a personal self-tracking app (Fibro Desktop). It is what I noted myself; it is not a diagnosis and the app is not a medical device.</source>
      <translation>Ce résumé provient d’une application personnelle de suivi (Fibro Desktop). C’est ce que j’ai noté moi-même ; ce n’est pas un diagnostic, et l’application n’est pas un dispositif médical.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Trigger</source>
      <translation>Déclencheur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Triggers</source>
      <translation>Déclencheurs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Typical intensity</source>
      <translation>Intensité habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical intensity (0–10)</source>
      <translation>Intensité habituelle (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical intensity (median, 0–10)</source>
      <translation>Intensité habituelle (médiane, 0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical length</source>
      <translation>Durée habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical length (median)</source>
      <translation>Durée habituelle (médiane)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical recovery time</source>
      <translation>Temps de récupération habituel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical recovery time (median)</source>
      <translation>Temps de récupération habituel (médiane)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Typical time to relief</source>
      <translation>Temps habituel avant soulagement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Typical values are medians, with how many values each window has. A change is named only when its range leaves "no change" out; otherwise it says "no clear change": the windows differ by no more than everyday ups and downs could explain.</source>
      <translation>Les valeurs habituelles sont des médianes, avec le nombre de valeurs de chaque période. Une évolution n’est nommée que si son intervalle exclut « aucun changement » ; sinon, il est écrit « pas de changement net » : les périodes ne diffèrent pas plus que ce que les hauts et les bas de tous les jours peuvent expliquer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Usual amount</source>
      <translation>Quantité habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Value under the pointer</source>
      <translation>Valeur sous le pointeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Warning signs noticed</source>
      <translation>Signes d’alerte remarqués</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of</source>
      <translation>Semaine du</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 minutes in %n sessions</source>
      <extracomment>A count. English: Week of %1: %2 minutes in %n session / Week of %1: %2 minutes in %n sessions</extracomment>
      <translation>
        <numerusform>Semaine du %1 : %2 minutes en %n séance</numerusform>
        <numerusform>Semaine du %1 : %2 minutes en %n séances</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 of %n breaks taken; %3</source>
      <extracomment>A count. English: Week of %1: %2 of %n break taken; %3 / Week of %1: %2 of %n breaks taken; %3</extracomment>
      <translation>
        <numerusform>Semaine du %1 : %2 pause prise sur %n ; %3</numerusform>
        <numerusform>Semaine du %1 : %2 pauses prises sur %n ; %3</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 spasms</source>
      <translation>Semaine du %1 : %2 spasmes</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %n spasms, typical intensity %2, worst %3, typical length %4, recovery %5</source>
      <extracomment>A count. English: Week of %1: %n spasm, typical intensity %2, worst %3, typical length %4, recovery %5 / Week of %1: %n spasms, typical intensity %2, worst %3, typical length %4, recovery %5</extracomment>
      <translation>
        <numerusform>Semaine du %1 : %n spasme, intensité habituelle %2, la plus forte %3, durée habituelle %4, récupération %5</numerusform>
        <numerusform>Semaine du %1 : %n spasmes, intensité habituelle %2, la plus forte %3, durée habituelle %4, récupération %5</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: no record at all</source>
      <translation>Semaine du %1 : aucune donnée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>What helped</source>
      <translation>Ce qui a aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>What was noticed</source>
      <translation>Ce qui a été remarqué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>When spasms happen</source>
      <translation>Quand les spasmes surviennent</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>When you listen to sessions in the Relax tab, your listening appears here.</source>
      <translation>Quand vous écoutez des séances dans l’onglet Détente, votre écoute apparaît ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>When you use the break timer in the Pacing tab, your breaks appear here.</source>
      <translation>Quand vous utilisez le minuteur de pauses de l’onglet Rythme, vos pauses apparaissent ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Where spasms happen</source>
      <translation>Où les spasmes surviennent</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Working out the insights…</source>
      <translation>Calcul des observations…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Worst intensity</source>
      <translation>Intensité la plus forte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Worst intensity (0–10)</source>
      <translation>Intensité la plus forte (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Writing the PDF…</source>
      <translation>Écriture du PDF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Writing the tables…</source>
      <translation>Écriture des tableaux…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used Pacing (the break timer).</source>
      <translation>Vous n’avez pas utilisé Rythme (le minuteur de pauses).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used Relax (relaxation audio and breathing).</source>
      <translation>Vous n’avez pas utilisé Détente (audio de détente et respiration).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used the daily check-in, where triggers are ticked for this comparison.</source>
      <translation>Vous n’avez pas utilisé le bilan du jour, où l’on coche les déclencheurs pour cette comparaison.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>You have not used the daily check-in.</source>
      <translation>Vous n’avez pas utilisé le bilan du jour.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>You have not used the medication log.</source>
      <translation>Vous n’avez pas utilisé le suivi des médicaments.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Your note for the provider</source>
      <translation>Votre note pour le soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Your report is saved as %1 in the folder %2.</source>
      <translation>Votre rapport est enregistré sous le nom %1 dans le dossier %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 higher (%2 to %3 higher)</source>
      <translation>environ %1 de plus (de %2 à %3 de plus)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 lower (%2 to %3 lower)</source>
      <translation>environ %1 de moins (de %2 à %3 de moins)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 points higher (%2 to %3 higher)</source>
      <translation>environ %1 points de plus (de %2 à %3 de plus)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 points lower (%2 to %3 lower)</source>
      <translation>environ %1 points de moins (de %2 à %3 de moins)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 times as long (%2 to %3)</source>
      <translation>environ %1 fois aussi long (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 times as many (%2 to %3 times)</source>
      <translation>environ %1 fois autant (de %2 à %3 fois)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 times as many spasms (%2 to %3)</source>
      <translation>environ %1 fois autant de spasmes (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>could be chance</source>
      <translation>peut-être dû au hasard</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>days with it: %1, without: %2</source>
      <translation>jours avec : %1, sans : %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>fewer: about %1 times as many (%2 to %3)</source>
      <translation>moins : environ %1 fois autant (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>from %1 to %2</source>
      <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>helped %1 of %n times</source>
      <extracomment>A count. English: helped %1 of %n time / helped %1 of %n times</extracomment>
      <translation>
        <numerusform>a aidé %1 fois sur %n</numerusform>
        <numerusform>a aidé %1 fois sur %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>helped %1 of %n times (%2 % to %3 %)</source>
      <extracomment>A count. English: helped %1 of %n time (%2 % to %3 %) / helped %1 of %n times (%2 % to %3 %)</extracomment>
      <translation>
        <numerusform>a aidé %1 fois sur %n (de %2 % à %3 %)</numerusform>
        <numerusform>a aidé %1 fois sur %n (de %2 % à %3 %)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>helped %1, a little %2, not %3</source>
      <translation>a aidé %1, un peu %2, pas du tout %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>how to read: %1</source>
      <translation>comment lire : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>length</source>
      <translation>durée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>longer: about %1 times as long (%2 to %3)</source>
      <translation>plus long : environ %1 fois aussi long (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>mobility</source>
      <translation>mobilité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>mood</source>
      <translation>humeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>more spasms now (none in the first weeks)</source>
      <translation>plus de spasmes maintenant (aucun dans les premières semaines)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>more: about %1 times as many (%2 to %3)</source>
      <translation>plus : environ %1 fois autant (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change</source>
      <translation>pas de changement net</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no clear change (%1 to %2 points)</source>
      <translation>pas de changement net (de %1 à %2 points)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (%1 to %2 times as long)</source>
      <translation>pas de changement net (de %1 à %2 fois aussi long)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (%1 to %2 times as many)</source>
      <translation>pas de changement net (de %1 à %2 fois autant)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no clear change (%1 to %2 times)</source>
      <translation>pas de changement net (de %1 à %2 fois)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (between %1 lower and %2 higher)</source>
      <translation>pas de changement net (entre %1 de moins et %2 de plus)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>no record</source>
      <translation>aucune donnée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>no record that day</source>
      <translation>aucune donnée ce jour-là</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>no record that week</source>
      <translation>aucune donnée cette semaine-là</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no spasms in either window</source>
      <translation>aucun spasme dans aucune des deux périodes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no spasms in one of the two windows: no ratio</source>
      <translation>aucun spasme dans l’une des deux périodes : pas de rapport calculé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>not enough data yet</source>
      <translation>pas encore assez de données</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not enough data yet (%1 days with it, %2 without; %3 each needed)</source>
      <translation>pas encore assez de données (%1 jours avec, %2 sans ; il en faut %3 de chaque)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not enough data yet (%1)</source>
      <translation>pas encore assez de données (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>not enough data yet (at least %1 tracked days in each)</source>
      <translation>pas encore assez de données (au moins %1 jours suivis dans chacune)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not rated yet</source>
      <translation>pas encore évalué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>on %1</source>
      <translation>le %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>only part of the week tracked</source>
      <translation>semaine suivie en partie seulement</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>rated %n times: too few to say</source>
      <extracomment>A count. English: rated once: too few to say / rated %n times: too few to say</extracomment>
      <translation>
        <numerusform>évalué une fois : trop peu pour le dire</numerusform>
        <numerusform>évalué %n fois : trop peu pour le dire</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>recovery</source>
      <translation>récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>right axis: intensity 0–10</source>
      <translation>axe de droite : intensité 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>shorter: about %1 times as long (%2 to %3)</source>
      <translation>plus court : environ %1 fois aussi long (de %2 à %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>sleep quality</source>
      <translation>qualité du sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>spasms per day (left axis)</source>
      <translation>spasmes par jour (axe de gauche)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>spasms per week (left axis)</source>
      <translation>spasmes par semaine (axe de gauche)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>stands out in your record</source>
      <translation>ressort dans votre suivi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>that name is a folder</source>
      <translation>ce nom est celui d’un dossier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>that place cannot be written to</source>
      <translation>impossible d’écrire à cet endroit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>the file could not be written</source>
      <translation>le fichier n’a pas pu être écrit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>too few to compare (%1 and %2 values; %3 each needed)</source>
      <translation>trop peu pour comparer (%1 et %2 valeurs ; il en faut %3 de chaque)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>tried %n times, not rated</source>
      <extracomment>A count. English: tried once, not rated / tried %n times, not rated</extracomment>
      <translation>
        <numerusform>essayé une fois, pas évalué</numerusform>
        <numerusform>essayé %n fois, pas évalué</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>typical</source>
      <translation>habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>typical intensity</source>
      <translation>intensité habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>with it: %1, %2 · without: %3, %4</source>
      <translation>avec : %1, %2 · sans : %3, %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>worst</source>
      <translation>la plus forte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>“Could be chance”: with several triggers and two windows, some ranges miss 1 by luck alone. Only a finding that stands out even after allowing for that goes without this mark.</source>
      <translation>« Peut-être dû au hasard » : avec plusieurs déclencheurs et deux périodes, certains intervalles excluent 1 par simple hasard. Seul un résultat qui ressort même en tenant compte de cela n’a pas cette mention.</translation>
    </message>
  </context>
  <context>
    <name>ChartsTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Charts</source>
      <translation>Graphiques</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Make a PDF summary of a period to bring to your provider</source>
      <translation>Créer un résumé PDF d’une période à apporter à votre soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Provider &amp;report…</source>
      <translation>&amp;Rapport pour le soignant…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Trends, insights and the provider report</source>
      <translation>Tendances, observations et rapport pour le soignant</translation>
    </message>
  </context>
  <context>
    <name>CheckInForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>A minute for how the day went. Answer what you like and leave the rest blank; you can come back and change it.</source>
      <translation>Une minute pour dire comment s’est passée la journée. Répondez à ce que vous voulez et laissez le reste vide ; vous pourrez revenir le modifier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Anything else?</source>
      <translation>Autre chose ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Calm</source>
      <translation>Calme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Choose the day this check-in is for.</source>
      <translation>Choisissez le jour concerné par ce bilan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/daily_activities.py" />
      <source>Could you do your daily activities without interruption?</source>
      <translation>Avez-vous pu faire vos activités quotidiennes sans interruption ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Daily activities</source>
      <translation>Activités quotidiennes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Daily check-in</source>
      <translation>Bilan du jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Energy</source>
      <translation>Énergie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Exhausted</source>
      <translation>Épuisé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Glasses of water</source>
      <translation>Verres d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Good</source>
      <translation>Bonne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Hardly at all</source>
      <translation>Presque pas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Here is what you saved for %1. Change anything and save again.</source>
      <translation>Voici ce que vous avez enregistré pour le %1. Modifiez ce que vous voulez et enregistrez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Hours of sleep</source>
      <translation>Heures de sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Lots of energy</source>
      <translation>Beaucoup d’énergie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Mood</source>
      <translation>Humeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Moved freely</source>
      <translation>Librement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Moving about</source>
      <translation>Se déplacer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>No pain</source>
      <translation>Aucune douleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Not answered</source>
      <translation>Sans réponse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Not saved yet: please look at the note next to the field.</source>
      <translation>Pas encore enregistré : regardez la note à côté du champ.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Overall pain</source>
      <translation>Douleur globale</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Save check-in</source>
      <translation>Enregistrer le bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Save the check-in (Ctrl+Enter from anywhere in the form)</source>
      <translation>Enregistrer le bilan (Ctrl+Entrée depuis n’importe où dans le formulaire)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Saved for %1. Thank you for checking in.</source>
      <translation>Enregistré pour le %1. Merci pour ce bilan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Sleep quality</source>
      <translation>Qualité du sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Slept badly</source>
      <translation>Mal dormi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Slept well</source>
      <translation>Bien dormi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Stress</source>
      <translation>Stress</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Very stressed</source>
      <translation>Très stressé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Weakness, numbness, fever or the like</source>
      <translation>Faiblesse, engourdissement, fièvre ou autre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>What happened that day</source>
      <translation>Ce qui s’est passé ce jour-là</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>What you did</source>
      <translation>Ce que vous avez fait</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Why a daily check-in helps</source>
      <translation>Pourquoi un bilan du jour aide</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Worst pain</source>
      <translation>La pire douleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Write the hours as a number, like 7.5 or 7:30.</source>
      <translation>Écrivez les heures en chiffres, par exemple 7,5 ou 7:30.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>for example 7.5 or 7:30</source>
      <translation>par exemple 7,5 ou 7:30</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>for example a short walk, housework, desk work</source>
      <translation>par exemple une petite marche, le ménage, du travail de bureau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>how spasms affect your day</source>
      <translation>comment les spasmes touchent votre journée</translation>
    </message>
  </context>
  <context>
    <name>Cover</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Break, full screen</source>
      <translation>Pause, plein écran</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Ends this break now; it counts as skipped</source>
      <translation>Termine cette pause maintenant ; elle compte comme passée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>I need my &amp;screen</source>
      <translation>J’ai besoin de mon &amp;écran</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Time left</source>
      <translation>Temps restant</translation>
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
      <translation>%1 existe déjà.

Le remplacer par cet export ?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>%n check-ins</source>
      <extracomment>A count. English: %n check-in / %n check-ins</extracomment>
      <translation>
        <numerusform>%n bilan</numerusform>
        <numerusform>%n bilans</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>%n episodes</source>
      <extracomment>A count. English: %n episode / %n episodes</extracomment>
      <translation>
        <numerusform>%n épisode</numerusform>
        <numerusform>%n épisodes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>%n recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</source>
      <extracomment>A count. English: %n recording came without its sound file: keep the …-audio.zip file beside the export and import again. / %n recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</extracomment>
      <translation>
        <numerusform>%n enregistrement est arrivé sans son fichier son : gardez le fichier …-audio.zip à côté de l’export et importez à nouveau.</numerusform>
        <numerusform>%n enregistrements sont arrivés sans leur fichier son : gardez le fichier …-audio.zip à côté de l’export et importez à nouveau.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>%n recordings were brought into your audio folder.</source>
      <extracomment>A count. English: %n recording was brought into your audio folder. / %n recordings were brought into your audio folder.</extracomment>
      <translation>
        <numerusform>%n enregistrement a été ajouté à votre dossier audio.</numerusform>
        <numerusform>%n enregistrements ont été ajoutés à votre dossier audio.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>&amp;Back up now</source>
      <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>&amp;Backups and restore…</source>
      <translation>Sau&amp;vegardes et restauration…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;Export…</source>
      <translation>&amp;Exporter…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;From:</source>
      <translation>&amp;Du :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;JSON: one file with everything, to bring back into Fibro Desktop</source>
      <translation>&amp;JSON : un seul fichier avec tout, à réimporter dans Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Restore the latest good backup</source>
      <translation>&amp;Revenir à la dernière bonne sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>&amp;Restore…</source>
      <translation>&amp;Restaurer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Save what can be read…</source>
      <translation>&amp;Enregistrer ce qui peut être lu…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;To:</source>
      <translation>&amp;Au :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>A copy of each backup also goes to: %1</source>
      <translation>Une copie de chaque sauvegarde va aussi dans : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>After changes, at exit</source>
      <translation>Après des modifications, à la fermeture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>An export is a copy of your data in an open format, to keep, to move to another computer, or to open in a spreadsheet. It stays where you save it; nothing is sent.</source>
      <translation>Un export est une copie de vos données dans un format ouvert, à garder, à transférer sur un autre ordinateur ou à ouvrir dans un tableur. Il reste là où vous l’enregistrez ; rien n’est envoyé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backup made and checked.</source>
      <translation>Sauvegarde faite et vérifiée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backup restored. Your data as it was before is kept as a backup too.</source>
      <translation>Sauvegarde restaurée. Vos données telles qu’elles étaient avant sont aussi gardées en sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Backups and restore</source>
      <translation>Sauvegardes et restauration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backups and restore…</source>
      <translation>Sauvegardes et restauration…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Backups, newest first</source>
      <translation>Sauvegardes, les plus récentes d’abord</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before a passphrase change</source>
      <translation>Avant un changement de phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before a restore</source>
      <translation>Avant une restauration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before an import</source>
      <translation>Avant un import</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before an update of your data</source>
      <translation>Avant une mise à jour de vos données</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>CSV in a &amp;folder: the same, as loose files</source>
      <translation>CSV dans un d&amp;ossier : la même chose, en fichiers séparés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>CSV in a &amp;zip: one table per file, for spreadsheets</source>
      <translation>CSV dans un &amp;zip : un tableau par fichier, pour les tableurs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Cannot be read</source>
      <translation>Illisible</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Choose &amp;folder…</source>
      <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Choose a second folder for copies of backups</source>
      <translation>Choisir un second dossier pour des copies des sauvegardes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Choose an export to import</source>
      <translation>Choisir un export à importer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Copies to a second folder (say, one your own sync service watches): off.</source>
      <translation>Copies dans un second dossier (par exemple un dossier surveillé par votre propre service de synchronisation) : désactivées.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Daily</source>
      <translation>Chaque jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Delete the backup from %1 (%2) for good?

Your data and your other backups are not touched.</source>
      <translation>Supprimer définitivement la sauvegarde du %1 (%2) ?

Vos données et vos autres sauvegardes ne sont pas touchées.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Details: %1</source>
      <translation>Détails : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export (*%1)</source>
      <translation>Export (*%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export cancelled. Nothing was written.</source>
      <translation>Export annulé. Rien n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Export what can be read</source>
      <translation>Exporter ce qui peut être lu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Export your data</source>
      <translation>Exporter vos données</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Exported %Ln entries from %1 tables to %2.</source>
      <extracomment>A count. English: Exported %Ln entry from %1 tables to %2. / Exported %Ln entries from %1 tables to %2.</extracomment>
      <translation>
        <numerusform>%Ln entrée exportée depuis %1 tableaux vers %2.</numerusform>
        <numerusform>%Ln entrées exportées depuis %1 tableaux vers %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Exporting your data…</source>
      <translation>Export de vos données…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Fibro Desktop exports (*.json *.zip %1)</source>
      <translation>Exports Fibro Desktop (*.json *.zip %1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Fibro Desktop keeps a checked copy of your data every day you use it and after changes, for the last week, month and year. Backups made before an import, a restore, an update or a passphrase change are kept for 90 days, so you can always undo them. Your own recordings are kept with the backups too. Restoring a backup first saves your data as it is now, so nothing is lost.</source>
      <translation>Fibro Desktop garde une copie vérifiée de vos données chaque jour où vous l’utilisez et après des modifications, pour la dernière semaine, le dernier mois et la dernière année. Les sauvegardes faites avant un import, une restauration, une mise à jour ou un changement de phrase secrète sont gardées 90 jours, pour que vous puissiez toujours revenir en arrière. Vos propres enregistrements sont aussi gardés avec les sauvegardes. Restaurer une sauvegarde enregistre d’abord vos données telles qu’elles sont maintenant : rien n’est perdu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Folder for copies of your backups</source>
      <translation>Dossier pour les copies de vos sauvegardes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Folder to put the export folder in</source>
      <translation>Dossier où placer le dossier d’export</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import %Ln entries from %1?

Entries you already have are recognised and skipped. Your data is backed up first.</source>
      <extracomment>A count. English: Import %Ln entry from %1?

Entries you already have are recognised and skipped. Your data is backed up first. / Import %Ln entries from %1?

Entries you already have are recognised and skipped. Your data is backed up first.</extracomment>
      <translation>
        <numerusform>Importer %Ln entrée depuis %1 ?

Les entrées que vous avez déjà sont reconnues et ignorées. Vos données sont d’abord sauvegardées.</numerusform>
        <numerusform>Importer %Ln entrées depuis %1 ?

Les entrées que vous avez déjà sont reconnues et ignorées. Vos données sont d’abord sauvegardées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import cancelled. Nothing was changed.</source>
      <translation>Import annulé. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Imported %Ln new entries; %1 were already there.</source>
      <extracomment>A count. English: Imported %Ln new entry; %1 were already there. / Imported %Ln new entries; %1 were already there.</extracomment>
      <translation>
        <numerusform>%Ln nouvelle entrée importée ; %1 étaient déjà là.</numerusform>
        <numerusform>%Ln nouvelles entrées importées ; %1 étaient déjà là.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Importing…</source>
      <translation>Import en cours…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Include my own &amp;recordings</source>
      <translation>Inclure mes propres en&amp;registrements</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Latest good backup: %1, holding %2.</source>
      <translation>Dernière bonne sauvegarde : %1, contenant %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Made by you</source>
      <translation>Faite par vous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Making a backup and checking it…</source>
      <translation>Sauvegarde en cours et vérification…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>No backups yet. The first one is made today, or press “Back up now”.</source>
      <translation>Pas encore de sauvegarde. La première est faite aujourd’hui, ou appuyez sur « Sauvegarder maintenant ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Nothing could be read: %1</source>
      <translation>Rien n’a pu être lu : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Nothing could be saved: %1</source>
      <translation>Rien n’a pu être enregistré : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Nothing was imported. %1</source>
      <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Nothing was imported: the recordings could not be copied (%1).</source>
      <translation>Rien n’a été importé : les enregistrements n’ont pas pu être copiés (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Only &amp;these days:</source>
      <translation>Seulement &amp;ces jours-là :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Please choose a place outside the data folder: nothing is ever written there but your data itself.</source>
      <translation>Choisissez un endroit en dehors du dossier de données : rien d’autre que vos données n’y est jamais écrit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" />
      <source>Please wait</source>
      <translation>Veuillez patienter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Re&amp;move…</source>
      <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Remove the selected backup</source>
      <translation>Supprimer la sauvegarde choisie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Remove this backup?</source>
      <translation>Supprimer cette sauvegarde ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Replace your data by the backup from %1 (%2)?

Your data as it is now is saved as a backup first, so you can go back.</source>
      <translation>Remplacer vos données par la sauvegarde du %1 (%2) ?

Vos données telles qu’elles sont maintenant sont d’abord enregistrées en sauvegarde : vous pourrez revenir en arrière.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Restore failed</source>
      <translation>La restauration a échoué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Restore this backup?</source>
      <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>S&amp;top copying</source>
      <translation>&amp;Arrêter les copies</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Save the export as</source>
      <translation>Enregistrer l’export sous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Save what can be read as</source>
      <translation>Enregistrer ce qui peut être lu sous</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Saved %Ln entries to %1.</source>
      <extracomment>A count. English: Saved %Ln entry to %1. / Saved %Ln entries to %1.</extracomment>
      <translation>
        <numerusform>%Ln entrée enregistrée dans %1.</numerusform>
        <numerusform>%Ln entrées enregistrées dans %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Settings only, no entries yet</source>
      <translation>Paramètres seulement, pas encore d’entrées</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Start &amp;with no data (backups kept)</source>
      <translation>&amp;Démarrer sans données (sauvegardes gardées)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>The backup was removed.</source>
      <translation>La sauvegarde a été supprimée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>The export could not be written: %1</source>
      <translation>L’export n’a pas pu être écrit : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>The first day is after the last day. Please swap them.</source>
      <translation>Le premier jour est après le dernier. Inversez-les.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>There is no good backup to go back to.</source>
      <translation>Il n’y a pas de bonne sauvegarde à laquelle revenir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>These parts could not be read: %1.</source>
      <translation>Ces parties n’ont pas pu être lues : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>They are saved in a second file, …-audio.zip, beside the export. Keep the two together.</source>
      <translation>Ils sont enregistrés dans un second fichier, …-audio.zip, à côté de l’export. Gardez les deux ensemble.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>This place is inside Fibro Desktop's own data folder, where your data and its backups live. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Cet endroit se trouve dans le dossier de données de Fibro Desktop, où vivent vos données et leurs sauvegardes. Rien n’a été écrit. Choisissez un autre endroit, par exemple votre dossier Documents.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>This place is inside Fibro Desktop's own data folder. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Cet endroit se trouve dans le dossier de données de Fibro Desktop. Rien n’a été écrit. Choisissez un autre endroit, par exemple votre dossier Documents.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>What it holds</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data could not be opened</source>
      <translation>Vos données n’ont pas pu être ouvertes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data could not be opened. It has not been changed. You can go back to your latest good backup, or save what can still be read to a file first.</source>
      <translation>Vos données n’ont pas pu être ouvertes. Elles n’ont pas été modifiées. Vous pouvez revenir à votre dernière bonne sauvegarde, ou d’abord enregistrer dans un fichier ce qui peut encore être lu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data file is damaged, perhaps by a crash of the computer or a problem with the disk. It has not been changed. You can go back to your latest good backup (the damaged file is kept aside, not deleted), or save what can still be read to a file first.</source>
      <translation>Votre fichier de données est abîmé, peut-être à cause d’un plantage de l’ordinateur ou d’un problème de disque. Il n’a pas été modifié. Vous pouvez revenir à votre dernière bonne sauvegarde (le fichier abîmé est mis de côté, pas supprimé), ou d’abord enregistrer dans un fichier ce qui peut encore être lu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data file is empty or missing, but backups of your data are here, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing has been changed. You can go back to your latest good backup.</source>
      <translation>Votre fichier de données est vide ou absent, mais des sauvegardes de vos données sont là : ce n’est donc pas un nouveau départ. Les données ont probablement été perdues lors d’un plantage, d’un disque plein ou par un service de synchronisation. Rien n’a été modifié. Vous pouvez revenir à votre dernière bonne sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data needs attention</source>
      <translation>Vos données demandent votre attention</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data was saved by a newer version of Fibro Desktop than this one. This version cannot safely change it, so it has not touched it. Please install the newer version again; or, to go on with this one, restore an earlier backup.</source>
      <translation>Vos données ont été enregistrées par une version de Fibro Desktop plus récente que celle-ci. Cette version ne peut pas les modifier sans risque, donc elle n’y a pas touché. Réinstallez la version plus récente ; ou, pour continuer avec celle-ci, restaurez une sauvegarde plus ancienne.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Your recordings are in %1 beside it; keep the two files together.</source>
      <translation>Vos enregistrements sont dans %1, à côté ; gardez les deux fichiers ensemble.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>field %1</source>
      <translation>champ %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>row %1</source>
      <translation>ligne %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>table %1</source>
      <translation>tableau %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>the disk is full.</source>
      <translation>le disque est plein.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>this folder cannot be written to.</source>
      <translation>impossible d’écrire dans ce dossier.</translation>
    </message>
  </context>
  <context>
    <name>DayChooser</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Day of this check-in</source>
      <translation>Jour de ce bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>It is just after midnight. Which day is this check-in for?</source>
      <translation>Il est un peu plus de minuit. Pour quel jour est ce bilan ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Today, %1</source>
      <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Yesterday, %1</source>
      <translation>Hier, %1</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>1 tablet</source>
      <translation>1 comprimé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>2 capsules</source>
      <translation>2 gélules</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Coat pocket</source>
      <translation>Poche du manteau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Desk drawer</source>
      <translation>Tiroir du bureau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Ice pack</source>
      <translation>Poche de glace</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Lemon ones taste best</source>
      <translation>Ceux au citron sont les meilleurs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>Magnesium glycinate</source>
      <translation>Glycinate de magnésium</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Magnesium spray</source>
      <translation>Spray au magnésium</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>My prescribed muscle medicine</source>
      <translation>Mon médicament prescrit pour les muscles</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Office freezer</source>
      <translation>Congélateur du bureau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Refill on Sundays</source>
      <translation>À remplir le dimanche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Stand, roll your shoulders and look far away for a minute.</source>
      <translation>Levez-vous, faites rouler vos épaules et regardez au loin pendant une minute.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Tennis ball for knots</source>
      <translation>Balle de tennis pour les nœuds</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Tuesdays and Thursdays</source>
      <translation>Le mardi et le jeudi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Walk to the window</source>
      <translation>Marcher jusqu’à la fenêtre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Work bag</source>
      <translation>Sac de travail</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>drowsy</source>
      <translation>somnolence</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Fibro Desktop is not a medical device and does not diagnose anything. It helps you keep notes and habits. Always talk to your doctor or care team about your symptoms and before changing any treatment.</source>
      <translation>Fibro Desktop n’est pas un dispositif médical et ne pose aucun diagnostic. Il vous aide à garder des notes et de bonnes habitudes. Parlez toujours de vos symptômes à votre médecin ou à votre équipe soignante, et avant de changer un traitement.</translation>
    </message>
  </context>
  <context>
    <name>DoseLogger</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Amount</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Did it help?</source>
      <translation>Est-ce que ça a aidé ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Log a dose</source>
      <translation>Noter une prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Log a dose: %1</source>
      <translation>Noter une prise : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Not said</source>
      <translation>Non précisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Now</source>
      <translation>Maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Save dose</source>
      <translation>Enregistrer la prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Set the time to now</source>
      <translation>Mettre l’heure actuelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Side effects</source>
      <translation>Effets secondaires</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Skipped</source>
      <translation>Non prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Taken</source>
      <translation>Prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Taken or skipped</source>
      <translation>Prise ou non</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Time taken</source>
      <translation>Heure de la prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>anything you noticed, for example drowsiness</source>
      <translation>ce que vous avez remarqué, par exemple de la somnolence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>as you write it</source>
      <translation>comme vous l’écrivez</translation>
    </message>
  </context>
  <context>
    <name>Encryption</name>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>%1 older backups were left as they were (made with another passphrase, or kept unencrypted as you asked).</source>
      <translation>%1 sauvegardes plus anciennes ont été laissées telles quelles (faites avec une autre phrase secrète, ou gardées non chiffrées comme vous l’avez demandé).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Change passphrase</source>
      <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Keep an unencrypted copy of my data as a backup</source>
      <translation>&amp;Garder une copie non chiffrée de mes données en sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Protect my data</source>
      <translation>&amp;Protéger mes données</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>&amp;Protect with a passphrase…</source>
      <translation>&amp;Protéger par une phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Remove protection</source>
      <translation>&amp;Retirer la protection</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Repeat it:</source>
      <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Show passphrase</source>
      <translation>&amp;Afficher la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Show passphrases</source>
      <translation>A&amp;fficher les phrases secrètes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>A backup of your data could not be made first, so nothing was changed: %1</source>
      <translation>Une sauvegarde de vos données n’a pas pu être faite d’abord, donc rien n’a été modifié : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>An unencrypted copy can be read by anyone who can open your files, so it undoes the protection; it is only a safety net for a forgotten passphrase. Without it, your existing backups are encrypted too. Copies already in a second backup folder, and exports, are not changed.</source>
      <translation>Une copie non chiffrée peut être lue par toute personne qui peut ouvrir vos fichiers : elle annule donc la protection ; c’est seulement un filet de sécurité en cas d’oubli de la phrase secrète. Sans elle, vos sauvegardes existantes sont chiffrées aussi. Les copies déjà présentes dans un second dossier de sauvegarde, et les exports, ne sont pas modifiés.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>C&amp;hange passphrase…</source>
      <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>C&amp;urrent passphrase:</source>
      <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Change passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Change your passphrase</source>
      <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Changing how your data is protected…</source>
      <translation>Changement de la protection de vos données…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Current passphrase</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Enter your passphrase</source>
      <translation>Saisissez votre phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Fibro Desktop is changing how your data is protected.</source>
      <translation>Fibro Desktop change la façon dont vos données sont protégées.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" />
      <source>If the passphrase is forgotten, this data cannot be opened again: it cannot be recovered or reset, by anyone. Write it down and keep it somewhere safe.</source>
      <translation>Si la phrase secrète est oubliée, ces données ne pourront plus jamais être ouvertes : personne ne peut les récupérer ni la réinitialiser. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Is Caps Lock on, or is another keyboard layout active?</source>
      <translation>La touche Verr. Maj est-elle activée, ou une autre disposition de clavier est-elle active ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Keep an unencrypted copy of my data as a backup</source>
      <translation>Garder une copie non chiffrée de mes données en sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Making a backup of your data first…</source>
      <translation>Sauvegarde de vos données d’abord…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Please choose a passphrase of at least %1 characters; a few words make a good one.</source>
      <translation>Choisissez une phrase secrète d’au moins %1 caractères ; quelques mots font une bonne phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Please enter your current passphrase.</source>
      <translation>Saisissez votre phrase secrète actuelle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Please enter your passphrase.</source>
      <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Protect with a passphrase</source>
      <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Protect your data with a passphrase</source>
      <translation>Protéger vos données par une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Remove passphrase p&amp;rotection…</source>
      <translation>Re&amp;tirer la protection par phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Remove protection</source>
      <translation>Retirer la protection</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Remove the passphrase protection</source>
      <translation>Retirer la protection par phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Repeat the new passphrase</source>
      <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Show passphrase</source>
      <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Show passphrases</source>
      <translation>Afficher les phrases secrètes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>That is not your current passphrase. Nothing was changed.</source>
      <translation>Ce n’est pas votre phrase secrète actuelle. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>That passphrase does not open your data. Nothing was changed; please try again.</source>
      <translation>Cette phrase secrète n’ouvre pas vos données. Rien n’a été modifié ; réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>The new passphrase is the same as the current one.</source>
      <translation>La nouvelle phrase secrète est la même que l’actuelle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>The two new passphrases are not the same.</source>
      <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>The unencrypted copy you asked for is kept at: %1</source>
      <translation>La copie non chiffrée que vous avez demandée est gardée ici : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your data and its backups will be encrypted again with the new passphrase.</source>
      <translation>Vos données et leurs sauvegardes seront de nouveau chiffrées avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your data is no longer protected with a passphrase.</source>
      <translation>Vos données ne sont plus protégées par une phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your data is now protected with your passphrase.</source>
      <translation>Vos données sont maintenant protégées par votre phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Your data is protected</source>
      <translation>Vos données sont protégées</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your journal and its backups will be encrypted on disk. Fibro Desktop will ask for the passphrase each time it starts. Settings and the log file stay unencrypted; they hold no journal entries. Exports you save are not encrypted.</source>
      <translation>Votre journal et ses sauvegardes seront chiffrés sur le disque. Fibro Desktop demandera la phrase secrète à chaque démarrage. Les paramètres et le journal technique restent non chiffrés ; ils ne contiennent aucune entrée du journal. Les exports que vous enregistrez ne sont pas chiffrés.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your journal and its backups will be stored without encryption again, protected only by your computer account. Fibro Desktop will no longer ask for a passphrase.</source>
      <translation>Votre journal et ses sauvegardes seront de nouveau enregistrés sans chiffrement, protégés seulement par votre compte sur l’ordinateur. Fibro Desktop ne demandera plus de phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Your journal is encrypted with a passphrase you chose. Enter it to open your data.</source>
      <translation>Votre journal est chiffré avec une phrase secrète que vous avez choisie. Saisissez-la pour ouvrir vos données.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your passphrase is changed.</source>
      <translation>Votre phrase secrète a été changée.</translation>
    </message>
  </context>
  <context>
    <name>EpisodeEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source> min to relief</source>
      <translation> min avant soulagement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Activity</source>
      <translation>Activité</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Another thing you tried, in your own words</source>
      <translation>Autre chose que vous avez essayée, avec vos mots</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did %1 help?</source>
      <translation>Est-ce que %1 a aidé ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did any of these come with it?</source>
      <translation>Est-ce que l’un de ces signes l’a accompagné ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did it help?</source>
      <translation>Est-ce que ça a aidé ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Discard changes</source>
      <translation>Abandonner les modifications</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Effect on %1, 0 to 10</source>
      <translation>Effet sur %1, de 0 à 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>For example: typing, climbing stairs</source>
      <translation>Par exemple : taper au clavier, monter des escaliers</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How long it lasted</source>
      <translation>Combien de temps il a duré</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How long the spasm lasted, in minutes</source>
      <translation>Durée du spasme, en minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How much it affected me (0 = not at all, 10 = a lot)</source>
      <translation>À quel point ça m’a gêné·e (0 = pas du tout, 10 = beaucoup)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>In one place: one muscle group.</source>
      <translation>À un seul endroit : un groupe musculaire.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Intensity (0-10)</source>
      <translation>Intensité (0-10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>It's still going</source>
      <translation>C’est toujours en cours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Keep editing</source>
      <translation>Continuer à modifier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Keep your changes?</source>
      <translation>Garder vos modifications ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Minutes until %1 eased it</source>
      <translation>Minutes avant que %1 le soulage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Mood</source>
      <translation>Humeur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Moving around</source>
      <translation>Se déplacer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Moving around: %1 muscle groups.</source>
      <translation>Qui se déplace : %1 groupes musculaires.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>New spasm entry</source>
      <translation>Nouveau spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Not said</source>
      <translation>Non précisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Sleep</source>
      <translation>Sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Something else I tried (your own words)</source>
      <translation>Autre chose que j’ai essayée (avec vos mots)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Spasm details</source>
      <translation>Détails du spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Started</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Merci de l’avoir noté. Des signes comme ceux-ci méritent d’être vérifiés par un médecin ; s’ils sont soudains ou forts, consultez en urgence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Time until back to normal</source>
      <translation>Temps avant le retour à la normale</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Time until back to normal, in minutes</source>
      <translation>Temps avant le retour à la normale, en minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What I tried, and whether it helped</source>
      <translation>Ce que j’ai essayé, et si ça a aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What I was doing</source>
      <translation>Ce que je faisais</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What came before it</source>
      <translation>Ce qui s’est passé avant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What do the kinds mean?</source>
      <translation>Que veulent dire les types ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What it was</source>
      <translation>Ce que c’était</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What was going on</source>
      <translation>Ce qui se passait</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Where (click the body, or Tab to a place and press Space)</source>
      <translation>Où (cliquez sur le corps, ou allez à un endroit avec Tab et appuyez sur Espace)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>You changed this entry. What would you like to do?</source>
      <translation>Vous avez modifié cette entrée. Que voulez-vous faire ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>a lot</source>
      <translation>beaucoup</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>barely</source>
      <translation>à peine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>minutes to relief</source>
      <translation>minutes avant soulagement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>not at all</source>
      <translation>pas du tout</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>not sure</source>
      <translation>je ne sais pas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>the kinds of spasm</source>
      <translation>les types de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>worst</source>
      <translation>le pire</translation>
    </message>
  </context>
  <context>
    <name>EpisodeTimelineModel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>details can be added</source>
      <translation>des détails peuvent être ajoutés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>intensity %1 of 10</source>
      <translation>intensité %1 sur 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>still going</source>
      <translation>toujours en cours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>warning sign noted</source>
      <translation>signe d’alerte noté</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>&amp;Copy details</source>
      <translation>&amp;Copier les détails</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Error details</source>
      <translation>Détails de l’erreur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Fibro Desktop ran into a problem it did not expect. Your saved entries are safe. You can keep working; if this happens again, the details below help to fix it.</source>
      <translation>Fibro Desktop a rencontré un problème inattendu. Vos entrées enregistrées ne risquent rien. Vous pouvez continuer ; si cela se reproduit, les détails ci-dessous aideront à corriger le problème.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>They are also in the log file: %1</source>
      <translation>Ils se trouvent aussi dans le journal technique : %1</translation>
    </message>
  </context>
  <context>
    <name>GlobalHotkey</name>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" />
      <source>On macOS a shortcut that works in every program needs a permission Fibro Desktop does not ask for. You can add one in System Settings → Keyboard → Keyboard Shortcuts that opens Fibro Desktop.</source>
      <translation>Sur macOS, un raccourci qui fonctionne dans tous les programmes demande une autorisation que Fibro Desktop ne demande pas. Vous pouvez en ajouter un qui ouvre Fibro Desktop dans Réglages Système → Clavier → Raccourcis clavier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" />
      <source>This desktop does not let apps take a shortcut from other programs. You can add one in your system's keyboard settings that starts Fibro Desktop.</source>
      <translation>Ce bureau ne permet pas aux applications de prendre un raccourci aux autres programmes. Vous pouvez en ajouter un qui lance Fibro Desktop dans les paramètres de clavier de votre système.</translation>
    </message>
  </context>
  <context>
    <name>GlobalShortcut</name>
    <message>
      <location filename="../../fibro_desktop/wiring/global_shortcut.py" />
      <source>The shortcut %1 for logging a spasm could not be set up: another program may already use it. You can choose other keys in Settings.</source>
      <translation>Le raccourci %1 pour noter un spasme n’a pas pu être mis en place : un autre programme l’utilise peut-être déjà. Vous pouvez choisir d’autres touches dans les Paramètres.</translation>
    </message>
  </context>
  <context>
    <name>GuideReader</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/reader.py" />
      <source>Guide text</source>
      <translation>Texte du guide</translation>
    </message>
  </context>
  <context>
    <name>JournalFilters</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>All time</source>
      <translation>Depuis le début</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Any trigger</source>
      <translation>Tous les déclencheurs</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Anywhere</source>
      <translation>Partout</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Clear the filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Every kind</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Kind of spasm</source>
      <translation>Type de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Kind:</source>
      <translation>Type :</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Last %n days</source>
      <extracomment>A count. English: Today / Last %n days</extracomment>
      <translation>
        <numerusform>Aujourd’hui</numerusform>
        <numerusform>%n derniers jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Muscle group</source>
      <translation>Groupe musculaire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Search notes</source>
      <translation>Chercher dans les notes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Search the notes</source>
      <translation>Chercher dans les notes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Show all</source>
      <translation>Tout afficher</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Trigger</source>
      <translation>Déclencheur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Trigger:</source>
      <translation>Déclencheur :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Where:</source>
      <translation>Où :</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>%Ln entries</source>
      <extracomment>A count. English: %Ln entry / %Ln entries</extracomment>
      <translation>
        <numerusform>%Ln entrée</numerusform>
        <numerusform>%Ln entrées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Back to normal now</source>
      <translation>Revenu à la normale maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Count the time until back to normal from its start to now</source>
      <translation>Compter le temps avant le retour à la normale, de son début à maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Daily check-in</source>
      <translation>Bilan du jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Delete entry</source>
      <translation>Supprimer l’entrée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Episodes</source>
      <translation>Épisodes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>It has stopped: count how long it lasted from its start to now</source>
      <translation>Il s’est arrêté : compter sa durée de son début à maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>It's over now</source>
      <translation>C’est fini maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Journal sections</source>
      <translation>Sections du journal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Log a spasm</source>
      <translation>Noter un spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Medications</source>
      <translation>Médicaments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>New entry with details…</source>
      <translation>Nouvelle entrée détaillée…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>No entries match these filters. Change or clear them to see more.</source>
      <translation>Aucune entrée ne correspond à ces filtres. Modifiez-les ou effacez-les pour en voir plus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Nothing logged yet. When a spasm comes, press "Log a spasm": how strong it is is enough, details can wait.</source>
      <translation>Rien de noté pour l’instant. Quand un spasme arrive, appuyez sur « Noter un spasme » : sa force suffit, les détails peuvent attendre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Open details</source>
      <translation>Ouvrir les détails</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Put back the entry as it was before your last edit (Ctrl+Z)</source>
      <translation>Remettre l’entrée comme elle était avant votre dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Put back the entry you deleted (Ctrl+Z)</source>
      <translation>Remettre l’entrée que vous avez supprimée (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Three steps: open, choose how strong, save</source>
      <translation>Trois étapes : ouvrir, choisir la force, enregistrer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo delete</source>
      <translation>Annuler la suppression</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo edit</source>
      <translation>Annuler la modification</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>What is worth noting?</source>
      <translation>Que vaut-il la peine de noter ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Your entries</source>
      <translation>Vos entrées</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>what to note about a spasm</source>
      <translation>ce qu’il faut noter sur un spasme</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>&amp;Log a spasm…</source>
      <translation>&amp;Noter un spasme…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>A minute for today's check-in? Click here to open it.</source>
      <translation>Une minute pour le bilan du jour ? Cliquez ici pour l’ouvrir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Log spasms and daily check-ins</source>
      <translation>Noter les spasmes et les bilans du jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Open the check-in</source>
      <translation>Ouvrir le bilan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Today's check-in</source>
      <translation>Bilan du jour</translation>
    </message>
  </context>
  <context>
    <name>Learn</name>
    <message>
      <location filename="../../fibro_desktop/wiring/learn.py" />
      <source>&amp;Learn: guides in plain words</source>
      <translation>&amp;Comprendre : des guides en mots simples</translation>
    </message>
  </context>
  <context>
    <name>LearnLink</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>Learn: %1</source>
      <translation>Comprendre : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>Opens the guide at this part</source>
      <translation>Ouvre le guide à cet endroit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>this</source>
      <translation>ceci</translation>
    </message>
  </context>
  <context>
    <name>LearnWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Guides</source>
      <translation>Guides</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Learn — Fibro Desktop</source>
      <translation>Comprendre — Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>No guide mentions that. Try a shorter or different word.</source>
      <translation>Aucun guide n’en parle. Essayez un mot plus court ou différent.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Save as P&amp;DF…</source>
      <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Save the guide as PDF</source>
      <translation>Enregistrer le guide en PDF</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Search all guides</source>
      <translation>Chercher dans tous les guides</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Search result</source>
      <translation>Résultat de la recherche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Sections found: %1</source>
      <translation>Sections trouvées : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>The PDF was not saved</source>
      <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>The guide could not be saved as %1. The folder may be read-only, or the disk may be full. Please choose another place.</source>
      <translation>Le guide n’a pas pu être enregistré sous %1. Le dossier est peut-être en lecture seule, ou le disque est peut-être plein. Choisissez un autre endroit.</translation>
    </message>
  </context>
  <context>
    <name>LicencesDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>&amp;Show:</source>
      <translation>&amp;Afficher :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Apache License 2.0 (OpenSSL)</source>
      <translation>Apache License 2.0 (OpenSSL)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Fibro Desktop is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It comes with no warranty. It is built with other people's free software, each under its own licence, listed here.</source>
      <translation>Fibro Desktop est un logiciel libre : vous pouvez l’utiliser, le partager et le modifier selon les termes de la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure. Il est fourni sans aucune garantie. Il est construit avec des logiciels libres d’autres personnes, chacun sous sa propre licence, listés ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Fibro Desktop: GNU General Public License 3</source>
      <translation>Fibro Desktop : GNU General Public License 3</translation>
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
      <translation>Texte de la licence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licence text to show</source>
      <translation>Texte de licence à afficher</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licences</source>
      <translation>Licences</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Software included, with their notices</source>
      <translation>Logiciels inclus, avec leurs mentions</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>The licence files are missing from this installation. Fibro Desktop is released under the GNU General Public License, version 3 or later.</source>
      <translation>Les fichiers de licence manquent dans cette installation. Fibro Desktop est publié sous la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure.</translation>
    </message>
  </context>
  <context>
    <name>LiveEpisodes</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 at %2</source>
      <translation>%1 à %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 from %2 is over (%3)</source>
      <translation>%1 (début %2) : c’est fini (%3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 since %2</source>
      <translation>%1 depuis %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1, still going since %2</source>
      <translation>%1, toujours en cours depuis %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>And %1 more in the list below.</source>
      <translation>Et %1 autres dans la liste ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Back to normal now</source>
      <translation>Revenu à la normale maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Back to normal now: %1</source>
      <translation>Revenu à la normale maintenant : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Hide</source>
      <translation>Masquer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Hide this question: %1</source>
      <translation>Masquer cette question : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>It's over now</source>
      <translation>C’est fini maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>It's over now: %1</source>
      <translation>C’est fini maintenant : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Enter the time until back to normal here.</source>
      <translation>Plus d’un jour s’est écoulé depuis le début, donc le temps ne peut pas être compté jusqu’à maintenant. Indiquez ici le temps avant le retour à la normale.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Untick "It's still going" and enter how long it lasted.</source>
      <translation>Plus d’un jour s’est écoulé depuis le début, donc le temps ne peut pas être compté jusqu’à maintenant. Décochez « C’est toujours en cours » et indiquez sa durée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Saved: %1 lasted %2.</source>
      <translation>Enregistré : %1 a duré %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Saved: back to normal %1 after it started.</source>
      <translation>Enregistré : retour à la normale %1 après le début.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Spasms going on now</source>
      <translation>Spasmes en cours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>yesterday %1</source>
      <translation>hier à %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;Help</source>
      <translation>Aid&amp;e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/main_window.py" />
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
  </context>
  <context>
    <name>Maintenance</name>
    <message>
      <location filename="../../fibro_desktop/ui/maintenance.py" />
      <source>Fibro Desktop is busy with your data file.</source>
      <translation>Fibro Desktop travaille sur votre fichier de données.</translation>
    </message>
  </context>
  <context>
    <name>MedicationEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Add to your list</source>
      <translation>Ajouter à votre liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Change this entry</source>
      <translation>Modifier cette entrée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Form</source>
      <translation>Forme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Medication or supplement</source>
      <translation>Médicament ou complément</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Save to my list</source>
      <translation>Enregistrer dans ma liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Usual amount</source>
      <translation>Quantité habituelle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>as it is written on the pack, or as you call it</source>
      <translation>comme c’est écrit sur la boîte, ou comme vous l’appelez</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>capsule</source>
      <translation>gélule</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>cream or gel</source>
      <translation>crème ou gel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>drink</source>
      <translation>boisson</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>drops</source>
      <translation>gouttes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>injection</source>
      <translation>injection</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>powder</source>
      <translation>poudre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>spray</source>
      <translation>spray</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>tablet</source>
      <translation>comprimé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>your usual amount, in your own words</source>
      <translation>votre quantité habituelle, avec vos mots</translation>
    </message>
  </context>
  <context>
    <name>MedicationsPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>%1 is archived. Its doses stay in your journal; tick "Show archived" to bring it back.</source>
      <translation>%1 est archivé. Ses prises restent dans votre journal ; cochez « Afficher les archives » pour le faire revenir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>%1 is back on your list.</source>
      <translation>%1 est de nouveau dans votre liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>About this list</source>
      <translation>À propos de cette liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Add to my list</source>
      <translation>Ajouter à ma liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Archive</source>
      <translation>Archiver</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Archive %1</source>
      <translation>Archiver %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Bring back</source>
      <translation>Faire revenir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Bring back %1</source>
      <translation>Faire revenir %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Delete the selected dose</source>
      <translation>Supprimer la prise choisie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Delete this dose</source>
      <translation>Supprimer cette prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Dose deleted.</source>
      <translation>Prise supprimée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Edit</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Edit %1</source>
      <translation>Modifier %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>How medicines fit in</source>
      <translation>La place des médicaments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Log a dose</source>
      <translation>Noter une prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Log a dose of %1</source>
      <translation>Noter une prise de %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Logged %1 at %2.</source>
      <translation>%1 noté à %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Medications and supplements</source>
      <translation>Médicaments et compléments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>No doses logged in the last two weeks.</source>
      <translation>Aucune prise notée ces deux dernières semaines.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Noted that %1 was skipped at %2.</source>
      <translation>Noté que %1 n’a pas été pris à %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Nothing here yet. Add what you take, in your own words, and logging a dose becomes two clicks.</source>
      <translation>Rien ici pour l’instant. Ajoutez ce que vous prenez, avec vos mots, et noter une prise se fera en deux clics.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Recent doses</source>
      <translation>Prises récentes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Saved %1 to your list.</source>
      <translation>%1 enregistré dans votre liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Show archived</source>
      <translation>Afficher les archives</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Side effects: %1</source>
      <translation>Effets secondaires : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Skipped</source>
      <translation>Non prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Taken</source>
      <translation>Prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>The dose is back.</source>
      <translation>La prise est revenue.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>This list only records what you write. The app never suggests a medicine, a supplement, an amount or a change; please talk to your doctor or pharmacist about those.</source>
      <translation>Cette liste enregistre seulement ce que vous écrivez. L’application ne suggère jamais de médicament, de complément, de quantité ni de changement ; parlez-en à votre médecin ou à votre pharmacien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Undo delete</source>
      <translation>Annuler la suppression</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Your list</source>
      <translation>Votre liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>archived</source>
      <translation>archivé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>medicines and supplements</source>
      <translation>les médicaments et les compléments</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Close this notice</source>
      <translation>Fermer cet avis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Notice</source>
      <translation>Avis</translation>
    </message>
  </context>
  <context>
    <name>Pacing</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A break</source>
      <translation>Une pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A break is waiting until the full-screen window or Do Not Disturb ends.</source>
      <translation>Une pause attend la fin de la fenêtre plein écran ou du mode Ne pas déranger.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A few sips now help keep muscles from cramping.</source>
      <translation>Quelques gorgées maintenant aident à éviter les crampes musculaires.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A glass of water?</source>
      <translation>Un verre d’eau ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A recovery break</source>
      <translation>Une pause de récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A short pause</source>
      <translation>Une courte pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Also: a glass of water, a few sips now.</source>
      <translation>Et aussi : un verre d’eau, quelques gorgées maintenant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Also: feet flat, back supported, shoulders low.</source>
      <translation>Et aussi : pieds à plat, dos soutenu, épaules basses.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Away anyway</source>
      <translation>Déjà en pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Breaks are paused until %1.</source>
      <translation>Les pauses sont suspendues jusqu’à %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Breaks are paused.</source>
      <translation>Les pauses sont suspendues.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Change position, let your shoulders drop, unclench your jaw, take a sip of water.</source>
      <translation>Changez de position, laissez tomber les épaules, desserrez la mâchoire, buvez une gorgée d’eau.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Custom</source>
      <translation>Personnalisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Desk time is on hold. Rest, use warmth or a gentle movement that helps you, and log the spasm when you are ready.</source>
      <translation>Le temps de travail est suspendu. Reposez-vous, utilisez la chaleur ou un mouvement doux qui vous aide, et notez le spasme quand vous êtes prêt·e.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Done</source>
      <translation>Faite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Enough desk time for today</source>
      <translation>Assez de temps à l’écran pour aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Feet flat, back supported, shoulders low, screen at eye height.</source>
      <translation>Pieds à plat, dos soutenu, épaules basses, écran à hauteur des yeux.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Fibro Desktop: %1</source>
      <translation>Fibro Desktop : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Fibro Desktop: next break in %1</source>
      <translation>Fibro Desktop : prochaine pause dans %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Flare day</source>
      <translation>Jour de poussée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Gentle</source>
      <translation>Doux</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Get up if you can. Move gently and slowly, nothing that strains or hurts.</source>
      <translation>Levez-vous si vous le pouvez. Bougez doucement et lentement, rien qui force ou qui fait mal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Movement break</source>
      <translation>Pause mouvement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>On a break: %1.</source>
      <translation>En pause : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Outside your work hours: no breaks are timed.</source>
      <translation>En dehors de vos heures de travail : aucune pause n’est minutée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Posture check</source>
      <translation>Rappel de posture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Put off</source>
      <translation>Reportée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Recovery break</source>
      <translation>Pause de récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Short pause</source>
      <translation>Courte pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Skipped</source>
      <translation>Passée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Standard desk day</source>
      <translation>Journée de bureau normale</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Taken</source>
      <translation>Prise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>The break timer is switched off.</source>
      <translation>Le minuteur de pauses est désactivé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Time to move a little</source>
      <translation>C’est le moment de bouger un peu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Waited for a full-screen window</source>
      <translation>A attendu la fin d’un plein écran</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Worked through</source>
      <translation>Travail continué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Working. %1 in %2.</source>
      <translation>Au travail. %1 dans %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Working. Both kinds of break are switched off.</source>
      <translation>Au travail. Les deux types de pause sont désactivés.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>You have reached the desk-time limit you set for today. If you can, stop here and rest. If you must go on, choose Keep going in the Pacing tab.</source>
      <translation>Vous avez atteint la limite de temps à l’écran que vous vous êtes fixée pour aujourd’hui. Si vous le pouvez, arrêtez-vous ici et reposez-vous. Si vous devez continuer, choisissez « Continuer aujourd’hui » dans l’onglet Rythme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>You have reached today's desk-time limit. Time to stop for the day, if you can.</source>
      <translation>Vous avez atteint la limite de temps à l’écran d’aujourd’hui. C’est le moment d’arrêter pour la journée, si vous le pouvez.</translation>
    </message>
  </context>
  <context>
    <name>PacingExercises</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>%1 (yours)</source>
      <translation>%1 (le vôtre)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;For:</source>
      <translation>&amp;Pour :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Moves:</source>
      <translation>&amp;Mouvements :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Steps:</source>
      <translation>&amp;Étapes :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Add &amp;your own…</source>
      <translation>A&amp;jouter le vôtre…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Any break</source>
      <translation>Toutes les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Exercises</source>
      <translation>Exercices</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Exercises in use</source>
      <translation>Exercices utilisés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Movement breaks</source>
      <translation>Pauses mouvement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>One step per line</source>
      <translation>Une étape par ligne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Please give it a name.</source>
      <translation>Donnez-lui un nom.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Please write at least one step.</source>
      <translation>Écrivez au moins une étape.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>R&amp;emove yours</source>
      <translation>Re&amp;tirer le vôtre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Short pauses</source>
      <translation>Courtes pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Untick any you would rather not do. Exercises that move a muscle group you logged a spasm in today are left out by themselves.</source>
      <translation>Décochez ceux que vous préférez ne pas faire. Les exercices qui font bouger un groupe musculaire où vous avez noté un spasme aujourd’hui sont mis de côté d’eux-mêmes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Your own exercise</source>
      <translation>Votre propre exercice</translation>
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
      <translation>%1  %2 : %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Keep going today</source>
      <translation>&amp;Continuer aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Not today</source>
      <translation>&amp;Pas aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Pause breaks</source>
      <translation>&amp;Suspendre les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Resume breaks</source>
      <translation>&amp;Reprendre les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Take a break now</source>
      <translation>&amp;Faire une pause maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Break settings</source>
      <translation>Réglages des pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Break timer status</source>
      <translation>État du minuteur de pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Breaks had: %1 of %2</source>
      <translation>Pauses faites : %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Desk time: %1</source>
      <translation>Temps à l’écran : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>For 1 hour</source>
      <translation>Pendant 1 heure</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>For 30 minutes</source>
      <translation>Pendant 30 minutes</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Gentle streak: %n days in a row with at least half your breaks</source>
      <extracomment>A count. English: Gentle streak: %n day with at least half your breaks / Gentle streak: %n days in a row with at least half your breaks</extracomment>
      <translation>
        <numerusform>Série en douceur : %n jour avec au moins la moitié de vos pauses</numerusform>
        <numerusform>Série en douceur : %n jours de suite avec au moins la moitié de vos pauses</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Logged from the Pacing tab (Spasm now)</source>
      <translation>Noté depuis l’onglet Rythme (Spasme maintenant)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>No breaks have come due yet today.</source>
      <translation>Aucune pause n’est encore arrivée aujourd’hui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>No breaks yet today. The first one will come by itself; you can also take one whenever you like.</source>
      <translation>Pas encore de pause aujourd’hui. La première viendra d’elle-même ; vous pouvez aussi en faire une quand vous voulez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Pacing</source>
      <translation>Rythme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Recovery breaks: %1</source>
      <translation>Pauses de récupération : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Spasm &amp;now</source>
      <translation>Spas&amp;me maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Starts a recovery break, holds desk time and opens the quick log</source>
      <translation>Lance une pause de récupération, suspend le temps de travail et ouvre la saisie rapide</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Time to the next break</source>
      <translation>Temps avant la prochaine pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today at a glance</source>
      <translation>Aujourd’hui en un coup d’œil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today's breaks</source>
      <translation>Les pauses d’aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today's check-in shows a hard day. A Flare-day rhythm, with shorter spells at the desk and longer rests, may suit today better. It is your choice.</source>
      <translation>Le bilan d’aujourd’hui montre une journée difficile. Un rythme « Jour de poussée », avec des moments plus courts à l’écran et des repos plus longs, conviendrait peut-être mieux aujourd’hui. C’est vous qui choisissez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>Until tomorrow</source>
      <translation>Jusqu’à demain</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Use &amp;Flare day</source>
      <translation>&amp;Utiliser « Jour de poussée »</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Why short breaks help</source>
      <translation>Pourquoi les courtes pauses aident</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Worked through: %1</source>
      <translation>Travail continué : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>pacing your day</source>
      <translation>rythmer votre journée</translation>
    </message>
  </context>
  <context>
    <name>PacingSettingsForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Desk time limit a day:</source>
      <translation>Limite d’écra&amp;n par jour :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Keep breaks during full-screen windows and Do Not Disturb</source>
      <translation>&amp;Garder les pauses en plein écran et en mode Ne pas déranger</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Movement break every:</source>
      <translation>Pause mouvement toutes &amp;les :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Short pause every:</source>
      <translation>C&amp;ourte pause toutes les :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Breaks</source>
      <translation>Pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Fri</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>From:</source>
      <translation>De :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Mon</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Movement break l&amp;asts:</source>
      <translation>Durée de la pause mou&amp;vement :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>No Skip button and Esc does nothing; "I need my screen" always gets you out (counted as skipped).</source>
      <translation>Pas de bouton Passer, et Échap ne fait rien ; « J’ai besoin de mon écran » vous permet toujours d’en sortir (compté comme passée).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>On:</source>
      <translation>Jours :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Only durin&amp;g work hours</source>
      <translation>Seulement aux &amp;heures de travail</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Otherwise breaks and reminders wait until the presentation or video is over.</source>
      <translation>Sinon, les pauses et les rappels attendent la fin de la présentation ou de la vidéo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>P&amp;ostpones per break:</source>
      <translation>&amp;Combien de reports par pause :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Postpone &amp;by:</source>
      <translation>Reporter &amp;de :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Posture &amp;check every:</source>
      <translation>R&amp;appel de posture toutes les :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>R&amp;hythm:</source>
      <translation>R&amp;ythme :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Sat</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Short pause &amp;lasts:</source>
      <translation>Durée de la courte paus&amp;e :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Soft so&amp;und when a break starts</source>
      <translation>Un son dou&amp;x au début d’une pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Str&amp;ict: a calm cover over every screen until the break ends</source>
      <translation>Str&amp;ict : un voile calme sur chaque écran pendant la pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Sun</source>
      <translation>dim.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Thu</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Time breaks for desk &amp;work</source>
      <translation>Minuter des &amp;pauses pendant le travail</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Tue</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Water reminder e&amp;very:</source>
      <translation>Rappel pour &amp;boire toutes les :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Wed</source>
      <translation>mer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work ends at</source>
      <translation>Fin du travail à</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work must end after it starts.</source>
      <translation>La fin du travail doit venir après le début.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work starts at</source>
      <translation>Début du travail à</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Your day</source>
      <translation>Votre journée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>no limit</source>
      <translation>pas de limite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>off</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>to</source>
      <translation>à</translation>
    </message>
  </context>
  <context>
    <name>PacingSignals</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen counts as time away.</source>
      <translation>Un écran verrouillé compte comme du temps d’absence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen is not reported here.</source>
      <translation>Un écran verrouillé n’est pas signalé ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen is not reported here; time away from the keyboard covers it.</source>
      <translation>Un écran verrouillé n’est pas signalé ici ; le temps passé loin du clavier le couvre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see Do Not Disturb, so breaks can wait until it ends. Full-screen windows are not reported here.</source>
      <translation>L’application peut voir le mode Ne pas déranger : les pauses peuvent donc attendre qu’il se termine. Les fenêtres plein écran ne sont pas signalées ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see a full-screen window (a film, a presentation, a game) and Do Not Disturb, so breaks can wait until they end.</source>
      <translation>L’application peut voir une fenêtre plein écran (un film, une présentation, un jeu) et le mode Ne pas déranger : les pauses peuvent donc attendre qu’ils se terminent.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see a full-screen window (a film, a presentation, a game), so breaks can wait until it ends. Do Not Disturb is not reported here.</source>
      <translation>L’application peut voir une fenêtre plein écran (un film, une présentation, un jeu) : les pauses peuvent donc attendre qu’elle se termine. Le mode Ne pas déranger n’est pas signalé ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>This desktop does not tell the app about full-screen windows or Do Not Disturb.</source>
      <translation>Ce bureau n’informe pas l’application des fenêtres plein écran ni du mode Ne pas déranger.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>This system does not let the app read how long the keyboard has been idle, so only sleep, suspend and pauses count as time away.</source>
      <translation>Ce système ne permet pas à l’application de savoir depuis combien de temps le clavier n’est pas utilisé : seuls la veille, la mise en veille prolongée et les pauses comptent comme du temps d’absence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>Time away from the keyboard and mouse counts as a break.</source>
      <translation>Le temps passé loin du clavier et de la souris compte comme une pause.</translation>
    </message>
  </context>
  <context>
    <name>PacingTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Pause breaks</source>
      <translation>&amp;Suspendre les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Resume breaks</source>
      <translation>&amp;Reprendre les pauses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Spasm now: a recovery break</source>
      <translation>Spas&amp;me maintenant : une pause de récupération</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Break timer for desk work</source>
      <translation>Minuteur de pauses pour le travail à l’écran</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Fibro Desktop is still here</source>
      <translation>Fibro Desktop est toujours là</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Fibro Desktop is still running</source>
      <translation>Fibro Desktop tourne toujours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Logged from the tray (Spasm now)</source>
      <translation>Noté depuis la zone de notification (Spasme maintenant)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Pacing</source>
      <translation>Rythme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Take a &amp;break now</source>
      <translation>&amp;Faire une pause maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>The break timer keeps running in the tray. Choose Quit in the tray menu to close it completely.</source>
      <translation>Le minuteur de pauses continue dans la zone de notification. Choisissez Quitter dans le menu de la zone de notification pour le fermer complètement.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>This desktop has no tray, so Fibro Desktop was minimised instead of closed: the break timer keeps running. To bring the window back, click Fibro Desktop in the taskbar, the dock or the overview, or start it again. To close it completely, choose Quit in the File menu.</source>
      <translation>Ce bureau n’a pas de zone de notification : Fibro Desktop a donc été réduit au lieu d’être fermé, et le minuteur de pauses continue. Pour faire revenir la fenêtre, cliquez sur Fibro Desktop dans la barre des tâches, le Dock ou la vue d’ensemble, ou relancez-le. Pour le fermer complètement, choisissez Quitter dans le menu Fichier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>To get a tray on GNOME, turn on the “AppIndicator and KStatusNotifierItem Support” extension (Ubuntu has it on already), then start Fibro Desktop again.</source>
      <translation>Pour avoir une zone de notification sous GNOME, activez l’extension « AppIndicator and KStatusNotifierItem Support » (elle est déjà active sous Ubuntu), puis relancez Fibro Desktop.</translation>
    </message>
  </context>
  <context>
    <name>QuickLogDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>%1 min ago</source>
      <translation>il y a %1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>1 hour ago</source>
      <translation>il y a 1 heure</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Choose how strong it is, from 0 to 10.</source>
      <translation>Choisissez sa force, de 0 à 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>How strong is it? (0 = barely, 10 = worst)</source>
      <translation>Quelle est sa force ? (0 = à peine, 10 = le pire)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Intensity from 0 to 10</source>
      <translation>Intensité de 0 à 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>It's still going</source>
      <translation>C’est toujours en cours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Kind: %1</source>
      <translation>Type : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Log a spasm</source>
      <translation>Noter un spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Now</source>
      <translation>Maintenant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Other time…</source>
      <translation>Autre moment…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Press "It's over now" when it stops: how long it lasted is counted for you</source>
      <translation>Appuyez sur « C’est fini maintenant » quand il s’arrête : sa durée est comptée pour vous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Save and add details…</source>
      <translation>Enregistrer et ajouter des détails…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Start date and time</source>
      <translation>Date et heure du début</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Started: %1</source>
      <translation>Début : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>What do these mean?</source>
      <translation>Que veulent-ils dire ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>What kind?</source>
      <translation>Quel type ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>When did it start?</source>
      <translation>Quand a-t-il commencé ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>barely</source>
      <translation>à peine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>the kinds of spasm</source>
      <translation>les types de spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>worst</source>
      <translation>le pire</translation>
    </message>
  </context>
  <context>
    <name>RedFlagBanner</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>A spasm you logged as still going has lasted several hours.</source>
      <translation>Un spasme que vous avez noté comme toujours en cours dure depuis plusieurs heures.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Consider talking to your doctor about it.</source>
      <translation>Vous pourriez en parler à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Frequent night spasms are worth talking over with your doctor; there may be things that help.</source>
      <translation>Des spasmes nocturnes fréquents méritent d’en parler à votre médecin ; certaines choses peuvent aider.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>I've read this</source>
      <translation>J’ai lu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>I've read this note</source>
      <translation>J’ai lu cette note</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>If it has not eased, please contact your doctor. If you feel very unwell, seek urgent care. If it is over, you can note that in the journal.</source>
      <translation>S’il ne s’est pas calmé, contactez votre médecin. Si vous vous sentez très mal, consultez en urgence. S’il est terminé, vous pouvez le noter dans le journal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>If spasms make it hard to move, please talk to your doctor.</source>
      <translation>Si les spasmes rendent les mouvements difficiles, parlez-en à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Long spasms are worth mentioning to your doctor.</source>
      <translation>Les spasmes longs méritent d’être signalés à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>More notes after this one: %1</source>
      <translation>Autres notes après celle-ci : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Moving around has been hard.</source>
      <translation>Se déplacer a été difficile.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Noticed on %1: %2</source>
      <translation>Remarqué le %1 : %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Read about the warning signs</source>
      <translation>Lire à propos des signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Signs like these should be looked at by a doctor. If you feel very unwell, seek urgent care.</source>
      <translation>Des signes comme ceux-ci doivent être vus par un médecin. Si vous vous sentez très mal, consultez en urgence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Some spasms have been lasting a long time.</source>
      <translation>Certains spasmes durent longtemps.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Something worth talking to your doctor about</source>
      <translation>Une chose dont il vaut la peine de parler à votre médecin</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been coming many times a day, on most days of a week.</source>
      <translation>Les spasmes sont venus plusieurs fois par jour, la plupart des jours d’une semaine.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been more frequent or stronger over the last four weeks.</source>
      <translation>Les spasmes ont été plus fréquents ou plus forts ces quatre dernières semaines.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been waking you on most nights of a week.</source>
      <translation>Les spasmes vous ont réveillé·e la plupart des nuits d’une semaine.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms that keep coming like this are worth talking over with your doctor.</source>
      <translation>Des spasmes qui reviennent ainsi méritent d’en parler à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>The journal noticed something worth a look.</source>
      <translation>Le journal a remarqué quelque chose qui mérite votre attention.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>These signs are worth checking with a doctor soon. If they are sudden or severe, seek urgent care.</source>
      <translation>Ces signes méritent d’être vérifiés bientôt par un médecin. S’ils sont soudains ou forts, consultez en urgence.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>When spasms get worse, it is a good time to talk to your doctor.</source>
      <translation>Quand les spasmes s’aggravent, c’est un bon moment pour en parler à votre médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>You noted a fever, a racing heart or swelling.</source>
      <translation>Vous avez noté de la fièvre, un cœur qui s’emballe ou un gonflement.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>You noted weakness, numbness or loss of balance.</source>
      <translation>Vous avez noté une faiblesse, un engourdissement ou une perte d’équilibre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>the warning signs</source>
      <translation>les signes d’alerte</translation>
    </message>
  </context>
  <context>
    <name>RelaxCaptions</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Show &amp;words</source>
      <translation>Afficher le &amp;texte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Show the words being spoken under the player</source>
      <translation>Afficher le texte parlé sous le lecteur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Shows the words being spoken under the player</source>
      <translation>Affiche le texte parlé sous le lecteur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>The words of this session could not be read.</source>
      <translation>Le texte de cette séance n’a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Your own recordings have no written words.</source>
      <translation>Vos propres enregistrements n’ont pas de texte écrit.</translation>
    </message>
  </context>
  <context>
    <name>RelaxExtras</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;Hold</source>
      <translation>&amp;Retenir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;In</source>
      <translation>&amp;Inspirer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;Sound</source>
      <translation>&amp;Son</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>About %1 breaths a minute</source>
      <translation>Environ %1 respirations par minute</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>After %n minutes</source>
      <extracomment>A count. English: After %n minute / After %n minutes</extracomment>
      <translation>
        <numerusform>Après %n minute</numerusform>
        <numerusform>Après %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>At the end of the session</source>
      <translation>À la fin de la séance</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Background sound</source>
      <translation>Son de fond</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Background volume</source>
      <translation>Volume du son de fond</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathe in (seconds)</source>
      <translation>Inspirer (secondes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathe out (seconds)</source>
      <translation>Expirer (secondes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathing pacer</source>
      <translation>Guide de respiration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Deep hush (brown noise)</source>
      <translation>Calme profond (bruit brun)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Hold (seconds)</source>
      <translation>Retenir (secondes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>O&amp;ut</source>
      <translation>&amp;Expirer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Off</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Sleep timer</source>
      <translation>Minuteur de sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Soft rain (pink noise)</source>
      <translation>Pluie douce (bruit rose)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Sound fades out gently over a minute before it stops.</source>
      <translation>Le son baisse doucement pendant une minute avant de s’arrêter.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Start breathing</source>
      <translation>Commencer à respirer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Stop breathing</source>
      <translation>Arrêter la respiration guidée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>V&amp;olume</source>
      <translation>V&amp;olume</translation>
    </message>
  </context>
  <context>
    <name>RelaxLibrary</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Add your own…</source>
      <translation>Ajouter les vôtres…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Relaxation sessions</source>
      <translation>Séances de détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Remove…</source>
      <translation>Retirer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>The spoken sessions are in English for now. You can add recordings in your own language with “Add your own…”, such as a therapist's session or a meditation you like.</source>
      <translation>Les séances parlées sont en anglais pour l’instant. Vous pouvez ajouter des enregistrements dans votre langue avec « Ajouter les vôtres… », comme une séance d’un thérapeute ou une méditation que vous aimez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>You can add your own recordings too, such as a therapist's session or a favourite meditation.</source>
      <translation>Vous pouvez aussi ajouter vos propres enregistrements, comme une séance d’un thérapeute ou une méditation que vous aimez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Your recordings</source>
      <translation>Vos enregistrements</translation>
    </message>
  </context>
  <context>
    <name>RelaxOwnAudio</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Add a recording</source>
      <translation>Ajouter un enregistrement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Audio files (%1)</source>
      <translation>Fichiers audio (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>New name:</source>
      <translation>Nouveau nom :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Remove recording</source>
      <translation>Retirer l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Remove “%1” from your library? The copy kept by Fibro Desktop is deleted; your original file is not touched.</source>
      <translation>Retirer « %1 » de votre bibliothèque ? La copie gardée par Fibro Desktop est supprimée ; votre fichier d’origine n’est pas touché.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Rename recording</source>
      <translation>Renommer l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file can't be added from where it is (a link or an unusual path). Please choose the file itself.</source>
      <translation>Ce fichier ne peut pas être ajouté depuis son emplacement (un lien ou un chemin inhabituel). Choisissez le fichier lui-même.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file could not be found.</source>
      <translation>Ce fichier est introuvable.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file doesn't look like the audio its name says. It may be damaged. Nothing was added.</source>
      <translation>Ce fichier ne ressemble pas à l’audio qu’indique son nom. Il est peut-être abîmé. Rien n’a été ajouté.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file is empty, so it was not added.</source>
      <translation>Ce fichier est vide : il n’a donc pas été ajouté.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file is too large to add (over 1 GB).</source>
      <translation>Ce fichier est trop gros pour être ajouté (plus de 1 Go).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That kind of file can't be added. Please choose an audio file: MP3, M4A/AAC, Ogg, Opus, WAV or FLAC.</source>
      <translation>Ce type de fichier ne peut pas être ajouté. Choisissez un fichier audio : MP3, M4A/AAC, Ogg, Opus, WAV ou FLAC.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>The file was not added.</source>
      <translation>Le fichier n’a pas été ajouté.</translation>
    </message>
  </context>
  <context>
    <name>RelaxPacer</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>%1… %2</source>
      <translation>%1… %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathe in</source>
      <translation>Inspirez</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathe out</source>
      <translation>Expirez</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathing pacer</source>
      <translation>Guide de respiration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Hold gently</source>
      <translation>Retenez doucement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Press Start to breathe along.</source>
      <translation>Appuyez sur Commencer pour respirer en rythme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Rest</source>
      <translation>Repos</translation>
    </message>
  </context>
  <context>
    <name>RelaxPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>A name needs between 1 and 200 characters.</source>
      <translation>Un nom doit avoir entre 1 et 200 caractères.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Ask how tense I feel before and after a session</source>
      <translation>Me demander à quel point je me sens tendu·e avant et après une séance</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Fading out gently… silence in %1.</source>
      <translation>Le son baisse doucement… silence dans %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>How calming helps with spasms</source>
      <translation>Comment le calme aide contre les spasmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>No sound output</source>
      <translation>Pas de sortie son</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>No sound output was found, so sessions can't be heard right now. Connect speakers or headphones, then press Play again. The breathing pacer works without sound.</source>
      <translation>Aucune sortie son n’a été trouvée : les séances ne peuvent pas être entendues pour le moment. Branchez des haut-parleurs ou un casque, puis appuyez de nouveau sur Lecture. Le guide de respiration fonctionne sans son.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Off.</source>
      <translation>Désactivé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Relax</source>
      <translation>Détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Sound status</source>
      <translation>État du son</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Sound stops in %1, after a gentle fade.</source>
      <translation>Le son s’arrête dans %1, après une baisse douce.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>The file could not be copied. Is the disk full?</source>
      <translation>Le fichier n’a pas pu être copié. Le disque est-il plein ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>The sleep timer stopped the sound. Rest well.</source>
      <translation>Le minuteur de sommeil a arrêté le son. Reposez-vous bien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>This recording could not be played. The file may be damaged, or this computer may not play its format. Everything else keeps working.</source>
      <translation>Cet enregistrement n’a pas pu être lu. Le fichier est peut-être abîmé, ou cet ordinateur ne sait peut-être pas lire son format. Tout le reste continue de fonctionner.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>calming the body</source>
      <translation>calmer le corps</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>“%1” was added to your library.</source>
      <translation>« %1 » a été ajouté à votre bibliothèque.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>“%1” was removed.</source>
      <translation>« %1 » a été retiré.</translation>
    </message>
  </context>
  <context>
    <name>RelaxTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relax</source>
      <translation>Détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relaxation audio and breathing</source>
      <translation>Audio de détente et respiration</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relaxation: play or pause</source>
      <translation>Détente : lecture ou pause</translation>
    </message>
  </context>
  <context>
    <name>RelaxTension</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>0 means relaxed, 10 very tense. One tap is enough.</source>
      <translation>0 veut dire détendu, 10 très tendu. Un seul appui suffit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Before you start: how tense do your muscles feel right now?</source>
      <translation>Avant de commencer : à quel point vos muscles sont-ils tendus en ce moment ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>How tense do your muscles feel now?</source>
      <translation>À quel point vos muscles sont-ils tendus maintenant ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Skip</source>
      <translation>Passer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Skip the rating</source>
      <translation>Passer l’évaluation</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Tension %1 of 10</source>
      <translation>Tension %1 sur 10</translation>
    </message>
  </context>
  <context>
    <name>RelaxTransport</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>%1 left</source>
      <translation>Encore %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>&amp;Volume</source>
      <translation>&amp;Volume</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 s</source>
      <translation>Reculer de 15 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 seconds</source>
      <translation>Reculer de 15 secondes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 seconds (Ctrl+Left)</source>
      <translation>Reculer de 15 secondes (Ctrl+Gauche)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Choose a session to begin.</source>
      <translation>Choisissez une séance pour commencer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Continuing where you left off (%1).</source>
      <translation>Reprise là où vous vous étiez arrêté·e (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 s</source>
      <translation>Avancer de 15 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 seconds</source>
      <translation>Avancer de 15 secondes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 seconds (Ctrl+Right)</source>
      <translation>Avancer de 15 secondes (Ctrl+Droite)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Play</source>
      <translation>Lecture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Play or pause (Ctrl+Space)</source>
      <translation>Lecture ou pause (Ctrl+Espace)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Position in the session</source>
      <translation>Position dans la séance</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Start over</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Start the session over</source>
      <translation>Recommencer la séance</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Time played</source>
      <translation>Temps écoulé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Time remaining</source>
      <translation>Temps restant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
  </context>
  <context>
    <name>ReminderSettings</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>(a quiet note from the tray icon)</source>
      <translation>(une note discrète depuis l’icône de la zone de notification)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Evening check-in reminder</source>
      <translation>Rappel du bilan du soir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Remind me to check in each evening at</source>
      <translation>Me rappeler de faire mon bilan chaque soir à</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Reminder time</source>
      <translation>Heure du rappel</translation>
    </message>
  </context>
  <context>
    <name>ScalePicker</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>%1 of 10</source>
      <translation>%1 sur 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>Keys: 0 to 9; 1 then 0 for 10.</source>
      <translation>Touches : 0 à 9 ; 1 puis 0 pour 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>Not answered</source>
      <translation>Sans réponse</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>%1 (%2 %)</source>
      <translation>%1 (%2 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Colours:</source>
      <translation>&amp;Couleurs :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation>&amp;Laisser tourner dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Language:</source>
      <translation>Lan&amp;gue :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Reduce motion (no animations)</source>
      <translation>&amp;Réduire les mouvements (pas d’animations)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Start Fibro Desktop when I log in (quietly, in the tray)</source>
      <translation>&amp;Démarrer Fibro Desktop à l’ouverture de session (discrètement, dans la zone de notification)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Text size:</source>
      <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Use a keyboard shortcut that works in every program</source>
      <translation>&amp;Utiliser un raccourci clavier qui fonctionne dans tous les programmes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>A new language applies when you next open Fibro Desktop.</source>
      <translation>Une nouvelle langue s’applique à la prochaine ouverture de Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Appearance</source>
      <translation>Apparence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Choose a letter, a digit or F1–F12 with two of Ctrl, Alt and Shift (for example Ctrl+Alt+L), so it is not pressed by accident.</source>
      <translation>Choisissez une lettre, un chiffre ou F1–F12 avec deux touches parmi Ctrl, Alt et Maj (par exemple Ctrl+Alt+L), pour ne pas l’activer par accident.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Extra large</source>
      <translation>Très très grand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Follow the system</source>
      <translation>Suivre le système</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Large</source>
      <translation>Grand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Larger</source>
      <translation>Plus grand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Largest</source>
      <translation>Le plus grand</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Log a spasm from any program</source>
      <translation>Noter un spasme depuis n’importe quel programme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>S&amp;hortcut:</source>
      <translation>R&amp;accourci :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Shortcut keys for logging a spasm</source>
      <translation>Touches du raccourci pour noter un spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Starting at login could not be changed: the settings folder of your account cannot be written to. Everything else was saved.</source>
      <translation>Le démarrage à l’ouverture de session n’a pas pu être modifié : impossible d’écrire dans le dossier des paramètres de votre compte. Tout le reste a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>The break timer is then running from the start of your day. Where there is no tray, the window starts minimised.</source>
      <translation>Le minuteur de pauses tourne alors dès le début de votre journée. S’il n’y a pas de zone de notification, la fenêtre démarre réduite.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Very large</source>
      <translation>Très grand</translation>
    </message>
  </context>
  <context>
    <name>StrictOverlay</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>%1 left</source>
      <translation>Encore %1</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>Episodes, newest first</source>
      <translation>Épisodes, les plus récents d’abord</translation>
    </message>
  </context>
  <context>
    <name>Toolkit</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>%1  ·  %2 a day</source>
      <translation>%1  ·  %2 par jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>%1 (%2 left)</source>
      <translation>%1 (il en reste %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>%1 left</source>
      <translation>Il en reste %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>%1 of %2</source>
      <translation>%1 sur %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>%1 of %2 done today</source>
      <translation>%1 sur %2 faits aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>%1 of %2 done yesterday</source>
      <translation>%1 sur %2 faits hier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>%n items running low</source>
      <extracomment>A count. English: %n item running low / %n items running low</extracomment>
      <translation>
        <numerusform>%n élément bientôt épuisé</numerusform>
        <numerusform>%n éléments bientôt épuisés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>&amp;Add as new</source>
      <translation>&amp;Ajouter comme nouveau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Delete contact</source>
      <translation>&amp;Supprimer le contact</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Delete step</source>
      <translation>&amp;Supprimer l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Email</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;How many left</source>
      <translation>&amp;Combien il en reste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;How to</source>
      <translation>&amp;Comment faire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;Kept where</source>
      <translation>&amp;Rangé où</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Log this spasm</source>
      <translation>&amp;Noter ce spasme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Next step →</source>
      <translation>Étape &amp;suivante →</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Open the plan</source>
      <translation>&amp;Ouvrir le plan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Phone</source>
      <translation>&amp;Téléphone</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Play release audio</source>
      <translation>Écouter l’audio de re&amp;lâchement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>&amp;Remove from the list</source>
      <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;Restock below</source>
      <translation>Racheter en &amp;dessous de</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Role</source>
      <translation>&amp;Rôle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Save changes</source>
      <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Save contact</source>
      <translation>Enre&amp;gistrer le contact</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>&amp;Today</source>
      <translation>Aujour&amp;d’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>&amp;Yesterday</source>
      <translation>H&amp;ier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>A note about magnesium and electrolytes</source>
      <translation>Une note sur le magnésium et les électrolytes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>A soft sound when the heat time is up</source>
      <translation>Un son doux quand le temps de chaleur est écoulé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>A spasm is starting</source>
      <translation>Un spasme commence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>A spasm is starting: open my rescue plan</source>
      <translation>Un spasme commence : ouvrir mon plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>A target of 1 is a simple tick; more shows a counter, e.g. 8 glasses of water.</source>
      <translation>Un objectif de 1 est une simple coche ; plus affiche un compteur, par exemple 8 verres d’eau.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Add an item, e.g. a tennis ball</source>
      <translation>Ajouter un élément, par exemple une balle de tennis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Add as &amp;new step</source>
      <translation>Ajouter comme &amp;nouvelle étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Add kit item</source>
      <translation>Ajouter un élément à la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Add rescue step</source>
      <translation>Ajouter une étape de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Add routine item</source>
      <translation>Ajouter un élément à la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Add the steps that help you under “My rescue plan” in the Toolkit tab.</source>
      <translation>Ajoutez les étapes qui vous aident sous « Mon plan de secours » dans l’onglet Boîte à outils.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Any one of these is a good start.</source>
      <translation>N’importe laquelle de ces choses est un bon début.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Ar&amp;chive</source>
      <translation>A&amp;rchiver</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Archive kit item</source>
      <translation>Archiver l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Breathe out slowly. Take one step at a time; skip any that do not suit you.</source>
      <translation>Expirez lentement. Une étape à la fois ; passez celles qui ne vous conviennent pas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Bring &amp;back</source>
      <translation>Faire re&amp;venir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Care team</source>
      <translation>Équipe soignante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Care team contacts</source>
      <translation>Contacts de l’équipe soignante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Choose someone to change their details, or fill in the form and press Save to add a new person. Their numbers show in your rescue plan.</source>
      <translation>Choisissez une personne pour modifier ses coordonnées, ou remplissez le formulaire et appuyez sur Enregistrer pour ajouter une nouvelle personne. Leurs numéros s’affichent dans votre plan de secours.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>Count: %1</source>
      <translation>Nombre : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Daily &amp;target</source>
      <translation>&amp;Objectif par jour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Daily prevention routine</source>
      <translation>Routine de prévention quotidienne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Delete kit item</source>
      <translation>Supprimer l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Delete the selected step</source>
      <translation>Supprimer l’étape choisie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>Edit kit item</source>
      <translation>Modifier l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Edit the &amp;list…</source>
      <translation>Modifier la &amp;liste…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Edit the daily routine</source>
      <translation>Modifier la routine quotidienne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Edit the routine list</source>
      <translation>Modifier la liste de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Every small step counts; the rest can wait.</source>
      <translation>Chaque petit pas compte ; le reste peut attendre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Everything on the list is done. Well looked after.</source>
      <translation>Tout ce qui est sur la liste est fait. Vous avez bien pris soin de vous.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>From your rescue plan.</source>
      <translation>De votre plan de secours.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Heat on: %1 left</source>
      <translation>Chaleur : encore %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Heat timer</source>
      <translation>Minuteur chaleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>How to do this step</source>
      <translation>Comment faire cette étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>I &amp;tried this</source>
      <translation>J’ai &amp;essayé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>I tried this step</source>
      <translation>J’ai essayé cette étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>If a spasm comes with weakness, numbness, loss of balance, fever, a racing heart or swelling, or will not ease, please talk to a doctor.</source>
      <translation>Si un spasme s’accompagne de faiblesse, d’engourdissement, de perte d’équilibre, de fièvre, d’un cœur qui s’emballe ou d’un gonflement, ou s’il ne se calme pas, parlez-en à un médecin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Kit and routine</source>
      <translation>Trousse et routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>Kit item</source>
      <translation>Élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Kit ready today: %1 of %2  ·  Routine today: %3 of %4</source>
      <translation>Trousse prête aujourd’hui : %1 sur %2  ·  Routine aujourd’hui : %3 sur %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Log this spasm with the steps I tried</source>
      <translation>Noter ce spasme avec les étapes que j’ai essayées</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Magnesium and electrolyte products: if you have kidney or heart conditions or take other medicines, check with your doctor or pharmacist first.</source>
      <translation>Produits à base de magnésium ou d’électrolytes : si vous avez des problèmes de reins ou de cœur, ou si vous prenez d’autres médicaments, demandez d’abord l’avis de votre médecin ou de votre pharmacien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move &amp;up</source>
      <translation>Vers le &amp;haut</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move do&amp;wn</source>
      <translation>Vers le &amp;bas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move kit item down</source>
      <translation>Descendre l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move kit item up</source>
      <translation>Monter l’élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Move routine item down</source>
      <translation>Descendre l’élément de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Move routine item up</source>
      <translation>Monter l’élément de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Move step down</source>
      <translation>Descendre l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Move step up</source>
      <translation>Monter l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>My care team</source>
      <translation>Mon équipe soignante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>My rescue kit</source>
      <translation>Ma trousse de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>My rescue plan</source>
      <translation>Mon plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>N&amp;ote</source>
      <translation>N&amp;ote</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Ne&amp;w contact</source>
      <translation>Nou&amp;veau contact</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>New kit item name</source>
      <translation>Nom du nouvel élément de la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Next step</source>
      <translation>Étape suivante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>No contacts yet. Adding them is optional; they stay on this computer. Fill in the form below and press Save contact.</source>
      <translation>Pas encore de contacts. Les ajouter est facultatif ; ils restent sur cet ordinateur. Remplissez le formulaire ci-dessous et appuyez sur « Enregistrer le contact ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>No steps yet</source>
      <translation>Pas encore d’étapes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>One less: %1</source>
      <translation>Un de moins : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>One line, in your own words</source>
      <translation>Une ligne, avec vos mots</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>One more: %1</source>
      <translation>Un de plus : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Open my rescue plan</source>
      <translation>Ouvrir mon plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Open the rescue plan</source>
      <translation>Ouvrir le plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Opens your plan, one calm step at a time.</source>
      <translation>Ouvre votre plan, une étape calme à la fois.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Play a soft sound when the heat timer ends</source>
      <translation>Jouer un son doux à la fin du minuteur chaleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please check this field.</source>
      <translation>Vérifiez ce champ.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please choose a role.</source>
      <translation>Choisissez un rôle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please give it a name.</source>
      <translation>Donnez-lui un nom.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please use a whole number, 0 or more.</source>
      <translation>Utilisez un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please use a whole number, like 3.</source>
      <translation>Utilisez un nombre entier, par exemple 3.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Previous step</source>
      <translation>Étape précédente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Read about the warning signs</source>
      <translation>Lire à propos des signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Remind me (at most once a day) when something runs low</source>
      <translation>Me le rappeler (au plus une fois par jour) quand quelque chose est bientôt épuisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Remove the selected routine item</source>
      <translation>Retirer l’élément choisi de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Rescue kit items</source>
      <translation>Éléments de la trousse de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Rescue plan</source>
      <translation>Plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Rescue plan steps</source>
      <translation>Étapes du plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Restock reminder</source>
      <translation>Rappel de réapprovisionnement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Routine items</source>
      <translation>Éléments de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Routine progress</source>
      <translation>Avancement de la routine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Bientôt épuisé : %1. Pensez à en racheter quand vous pourrez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Save changes to the selected routine item</source>
      <translation>Enregistrer les modifications de l’élément de routine choisi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Save changes to the selected step</source>
      <translation>Enregistrer les modifications de l’étape choisie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Saved as tried: %1.</source>
      <translation>Enregistré comme essayé : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Show archived items</source>
      <translation>Afficher les éléments archivés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Show today's routine</source>
      <translation>Afficher la routine d’aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Show yesterday's routine to fill it in</source>
      <translation>Afficher la routine d’hier pour la remplir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Start a 15-minute &amp;heat timer</source>
      <translation>Lancer un minuteur &amp;chaleur de 15 minutes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step %1 of %2</source>
      <translation>Étape %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Step &amp;title</source>
      <translation>&amp;Titre de l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step number</source>
      <translation>Numéro de l’étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Stop the &amp;heat timer</source>
      <translation>Arrêter le minuteur &amp;chaleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>That is a little long; please keep it under %1 characters.</source>
      <translation>C’est un peu long ; restez sous %1 caractères.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>That number is larger than we can keep; please use a smaller one.</source>
      <translation>Ce nombre est trop grand pour être gardé ; utilisez-en un plus petit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>That was the last step</source>
      <translation>C’était la dernière étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>The steps you go through when a spasm starts, in the order that suits you. Drag them, or use Alt+Up and Alt+Down.</source>
      <translation>Les étapes que vous suivez quand un spasme commence, dans l’ordre qui vous convient. Faites-les glisser, ou utilisez Alt+Haut et Alt+Bas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Therapists who can help</source>
      <translation>Thérapeutes qui peuvent aider</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>This does not look like an email address.</source>
      <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Tick what is ready or with you today. The ticks start fresh each morning.</source>
      <translation>Cochez ce qui est prêt ou avec vous aujourd’hui. Les coches repartent de zéro chaque matin.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Tick what you have with you today. Alt+Up and Alt+Down move an item.</source>
      <translation>Cochez ce que vous avez avec vous aujourd’hui. Alt+Haut et Alt+Bas déplacent un élément.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Time to take the heat off. A light stretch now, if it feels right.</source>
      <translation>C’est le moment d’enlever la chaleur. Un léger étirement maintenant, si ça vous semble bon.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Today at a glance</source>
      <translation>Aujourd’hui en un coup d’œil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Toolkit</source>
      <translation>Boîte à outils</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Toolkit sections</source>
      <translation>Sections de la boîte à outils</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Tried from my rescue plan: %1.</source>
      <translation>Essayé depuis mon plan de secours : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" />
      <source>Undo the delete</source>
      <translation>Annuler la suppression</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>What goes in a rescue kit</source>
      <translation>Que mettre dans une trousse de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>What helps when a spasm starts</source>
      <translation>Ce qui aide quand un spasme commence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Why this helps</source>
      <translation>Pourquoi ça aide</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>You already have an item with this name.</source>
      <translation>Vous avez déjà un élément avec ce nom.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>You already have an item with this name; that is fine if you mean it.</source>
      <translation>Vous avez déjà un élément avec ce nom ; ce n’est pas grave si c’est voulu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>You can keep your care team's numbers in the Toolkit tab.</source>
      <translation>Vous pouvez garder les numéros de votre équipe soignante dans l’onglet Boîte à outils.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Your kit is empty. Type the name of something that helps you when a spasm starts, then press Add.</source>
      <translation>Votre trousse est vide. Tapez le nom d’une chose qui vous aide quand un spasme commence, puis appuyez sur « Ajouter ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Your routine is empty. Add a few small habits that help you.</source>
      <translation>Votre routine est vide. Ajoutez quelques petites habitudes qui vous aident.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>a rescue kit</source>
      <translation>une trousse de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>archived</source>
      <translation>archivé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>e.g. work bag, desk drawer</source>
      <translation>par exemple sac de travail, tiroir du bureau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>kept: %1</source>
      <translation>rangé : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>leave empty if you do not count it</source>
      <translation>laissez vide si vous ne le comptez pas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>remind me when fewer than this are left</source>
      <translation>me le rappeler quand il en reste moins que ce nombre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>running low</source>
      <translation>bientôt épuisé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>the warning signs</source>
      <translation>les signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>therapists who can help</source>
      <translation>les thérapeutes qui peuvent aider</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>this step</source>
      <translation>cette étape</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>what helps when a spasm starts</source>
      <translation>ce qui aide quand un spasme commence</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>“%1” was deleted.</source>
      <translation>« %1 » a été supprimé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>“%1” was taken off the list.</source>
      <translation>« %1 » a été retiré de la liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>← &amp;Back</source>
      <translation>← &amp;Retour</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>✓ Tried</source>
      <translation>✓ Essayé</translation>
    </message>
  </context>
  <context>
    <name>ToolkitDefaults</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>A breathing or relaxation session</source>
      <translation>Une séance de respiration ou de détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>A few sachets for the day</source>
      <translation>Quelques sachets pour la journée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>At my desk</source>
      <translation>À mon bureau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Breathe out slowly, longer than you breathe in, or play the release audio.</source>
      <translation>Expirez lentement, plus longtemps que vous n’inspirez, ou écoutez l’audio de relâchement.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Changes of position</source>
      <translation>Changements de position</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Drink some water</source>
      <translation>Boire un peu d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Electrolytes or magnesium-rich food</source>
      <translation>Électrolytes ou aliments riches en magnésium</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Evening stretch</source>
      <translation>Étirement du soir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Followed my pacing plan</source>
      <translation>J’ai suivi mon plan de rythme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Glasses of water</source>
      <translation>Verres d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Heating pad</source>
      <translation>Coussin chauffant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>If it is in your kit, rub a little magnesium lotion or spray into the area.</source>
      <translation>Si vous en avez dans votre trousse, frottez la zone avec un peu de lotion ou de spray au magnésium.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Magnesium on the skin</source>
      <translation>Magnésium sur la peau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Morning stretch</source>
      <translation>Étirement du matin</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Move gently</source>
      <translation>Bouger doucement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>On my wrist or phone</source>
      <translation>Sur mon poignet ou mon téléphone</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>On this computer and my phone</source>
      <translation>Sur cet ordinateur et mon téléphone</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Pill case for supplements and medication</source>
      <translation>Pilulier pour les compléments et les médicaments</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Press or massage the knot</source>
      <translation>Appuyer sur le nœud ou le masser</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Press the sore spot with your fingers or a ball and hold, or rub in slow circles.</source>
      <translation>Appuyez sur le point douloureux avec les doigts ou une balle et maintenez, ou frottez en petits cercles lents.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Put heat on the muscle for about 15 minutes, then stretch it softly, only as far as it feels kind.</source>
      <translation>Mettez de la chaleur sur le muscle pendant environ 15 minutes, puis étirez-le doucement, seulement tant que c’est agréable.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Sip a glass of water, or your electrolyte mix if you carry one.</source>
      <translation>Buvez un verre d’eau à petites gorgées, ou votre boisson d’électrolytes si vous en avez une.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Slow breathing</source>
      <translation>Respiration lente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Slowly move the tight part through an easy, small range, a few times, without forcing it.</source>
      <translation>Bougez lentement la partie contractée dans une petite amplitude facile, quelques fois, sans forcer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Stress-relief reminders or wearable</source>
      <translation>Rappels ou objet connecté contre le stress</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Travel magnesium or electrolyte mix</source>
      <translation>Magnésium ou boisson d’électrolytes de voyage</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warm-up and relaxation audio</source>
      <translation>Audio d’échauffement et de détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warmth (heat pad, warm bath or wrap)</source>
      <translation>Chaleur (coussin chauffant, bain chaud ou bouillotte)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warmth, then a light stretch</source>
      <translation>Chaleur, puis léger étirement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Work bag</source>
      <translation>Sac de travail</translation>
    </message>
  </context>
  <context>
    <name>ToolkitRoles</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Biofeedback practitioner</source>
      <translation>Praticien·ne en biofeedback</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Doctor</source>
      <translation>Médecin</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Massage or myofascial therapist</source>
      <translation>Masseur·se ou thérapeute myofascial·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Occupational therapist</source>
      <translation>Ergothérapeute</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Physical therapist</source>
      <translation>Kinésithérapeute</translation>
    </message>
  </context>
  <context>
    <name>ToolkitTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>A &amp;spasm is starting…</source>
      <translation>Un &amp;spasme commence…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Open my rescue plan</source>
      <translation>Ouvrir mon plan de secours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Open the kit</source>
      <translation>Ouvrir la trousse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Rescue kit, routine and plan</source>
      <translation>Trousse de secours, routine et plan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Bientôt épuisé : %1. Pensez à en racheter quand vous pourrez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Toolkit</source>
      <translation>Boîte à outils</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Your rescue kit</source>
      <translation>Votre trousse de secours</translation>
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
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Add a trigger of your own</source>
      <translation>Ajouter un déclencheur à vous</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Add this trigger</source>
      <translation>Ajouter ce déclencheur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Something else, in your words</source>
      <translation>Autre chose, avec vos mots</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Tap to mark it, tap again to unmark</source>
      <translation>Touchez pour le marquer, touchez à nouveau pour le retirer</translation>
    </message>
  </context>
  <context>
    <name>WarningSignsRow</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Anything else to note: show the warning signs</source>
      <translation>Autre chose à noter : afficher les signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Anything else? Weakness, numbness, fever…</source>
      <translation>Autre chose ? Faiblesse, engourdissement, fièvre…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Merci de l’avoir noté. Des signes comme ceux-ci méritent d’être vérifiés par un médecin ; s’ils sont soudains ou forts, consultez en urgence.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Everything stays on this computer. The app never connects to the internet, has no account and sends nothing anywhere.</source>
      <translation>Tout reste sur cet ordinateur. L’application ne se connecte jamais à Internet, n’a pas de compte et n’envoie rien nulle part.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Get started</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Log a spasm in a few seconds, even in the middle of one, and add details later. Pace your desk work with gentle breaks, listen to calming sessions, keep your rescue kit and routine at hand, and see over time what seems to help.</source>
      <translation>Notez un spasme en quelques secondes, même en plein milieu, et ajoutez les détails plus tard. Rythmez votre travail à l’écran avec des pauses douces, écoutez des séances apaisantes, gardez votre trousse de secours et votre routine à portée de main, et voyez avec le temps ce qui semble aider.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Read the warning signs</source>
      <translation>Lire les signes d’alerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Short guides in plain words, about why spasms happen and what helps, are in Help → Learn.</source>
      <translation>De courts guides en mots simples, sur les causes des spasmes et ce qui aide, se trouvent dans Aide → Comprendre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Welcome to Fibro Desktop</source>
      <translation>Bienvenue dans Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Welcome. This app is here to make hard days a little easier.</source>
      <translation>Bienvenue. Cette application est là pour rendre les jours difficiles un peu plus faciles.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>When to see a doctor</source>
      <translation>Quand consulter un médecin</translation>
    </message>
  </context>
  <context>
    <name>WriteErrors</name>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Something could not be saved because the disk is full. Please free some space (empty the trash, remove large files); what you save afterwards is kept.</source>
      <translation>Quelque chose n’a pas pu être enregistré parce que le disque est plein. Libérez de la place (videz la corbeille, supprimez de gros fichiers) ; ce que vous enregistrerez ensuite sera gardé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Something could not be saved because your data folder cannot be written to.</source>
      <translation>Quelque chose n’a pas pu être enregistré parce qu’il est impossible d’écrire dans votre dossier de données.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made (%1). Your data itself is safe. Press “Back up now” to try again; if it fails again, the details are in the log (Help, About).</source>
      <translation>La sauvegarde automatique n’a pas pu être faite (%1). Vos données elles-mêmes ne risquent rien. Appuyez sur « Sauvegarder maintenant » pour réessayer ; si cela échoue encore, les détails sont dans le journal technique (Aide, À propos).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made: the backup folder cannot be written to. Your data itself is safe. Please check the folder in Backups and restore, then press “Back up now”.</source>
      <translation>La sauvegarde automatique n’a pas pu être faite : impossible d’écrire dans le dossier de sauvegarde. Vos données elles-mêmes ne risquent rien. Vérifiez le dossier dans Sauvegardes et restauration, puis appuyez sur « Sauvegarder maintenant ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made: the disk is full. Your data itself is safe. Please free some space (empty the trash, remove large files), then press “Back up now”.</source>
      <translation>La sauvegarde automatique n’a pas pu être faite : le disque est plein. Vos données elles-mêmes ne risquent rien. Libérez de la place (videz la corbeille, supprimez de gros fichiers), puis appuyez sur « Sauvegarder maintenant ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup could not be made: its folder cannot be written to.</source>
      <translation>La sauvegarde n’a pas pu être faite : impossible d’écrire dans son dossier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup could not be made: the disk is full. Please free some space, then make a backup again (File, Backups and restore).</source>
      <translation>La sauvegarde n’a pas pu être faite : le disque est plein. Libérez de la place, puis refaites une sauvegarde (Fichier, Sauvegardes et restauration).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup was made, but its copy to your second folder failed (%1). Please check that the drive is connected, then press “Back up now”.</source>
      <translation>La sauvegarde a été faite, mais sa copie dans votre second dossier a échoué (%1). Vérifiez que le disque est branché, puis appuyez sur « Sauvegarder maintenant ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The disk is full; please free some space and try again.</source>
      <translation>Le disque est plein ; libérez de la place et réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The file could not be written there: that folder cannot be written to. Please choose another folder.</source>
      <translation>Le fichier n’a pas pu être écrit à cet endroit : impossible d’écrire dans ce dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The file could not be written: the disk is full. Please free some space, or choose another drive, and try again.</source>
      <translation>Le fichier n’a pas pu être écrit : le disque est plein. Libérez de la place, ou choisissez un autre disque, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved yet: %1 What you entered is still here. Please press Save again in a moment.</source>
      <translation>Ceci n’a pas encore pu être enregistré : %1 Ce que vous avez saisi est toujours là. Appuyez de nouveau sur Enregistrer dans un moment.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved: the disk is full. What you entered is still here. Please free some space (empty the trash, remove large files), then press Save again.</source>
      <translation>Ceci n’a pas pu être enregistré : le disque est plein. Ce que vous avez saisi est toujours là. Libérez de la place (videz la corbeille, supprimez de gros fichiers), puis appuyez de nouveau sur Enregistrer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved: your data folder cannot be written to. What you entered is still here.</source>
      <translation>Ceci n’a pas pu être enregistré : impossible d’écrire dans votre dossier de données. Ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Your data folder cannot be written to.</source>
      <translation>Impossible d’écrire dans votre dossier de données.</translation>
    </message>
  </context>
  <context>
    <name>backups</name>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>%1 is not one of your backups, so it was not removed.</source>
      <translation>%1 n’est pas une de vos sauvegardes, elle n’a donc pas été supprimée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Restoring failed: %1. Your previous data is kept at %2.</source>
      <translation>La restauration a échoué : %1. Vos données précédentes sont conservées dans %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup %1 could not be removed: %2.</source>
      <translation>La sauvegarde %1 n’a pas pu être supprimée : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup copy failed its check: %1.</source>
      <translation>La copie de sauvegarde n’a pas passé sa vérification : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup could not be written to %1: %2.</source>
      <translation>La sauvegarde n’a pas pu être écrite dans %1 : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The copy to %1 failed: %2.</source>
      <translation>La copie vers %1 a échoué : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The data file %1 is empty; there is nothing to back up.</source>
      <translation>Le fichier de données %1 est vide ; il n’y a rien à sauvegarder.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>There is no data file at %1 to back up.</source>
      <translation>Il n’y a pas de fichier de données à sauvegarder dans %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup cannot be restored. %1</source>
      <translation>Cette sauvegarde ne peut pas être restaurée. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup was made while your data was not protected with a passphrase, and your data is not like that now. To restore it, first remove the protection (File menu), then restore it. Nothing was changed.</source>
      <translation>Cette sauvegarde a été faite quand vos données n’étaient pas protégées par une phrase secrète, et ce n’est plus le cas. Pour la restaurer, retirez d’abord la protection (menu Fichier), puis restaurez-la. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup was made while your data was protected with a passphrase, and your data is not like that now. To restore it, first protect your data with the same passphrase (File menu), then restore it. Nothing was changed.</source>
      <translation>Cette sauvegarde a été faite quand vos données étaient protégées par une phrase secrète, et ce n’est plus le cas. Pour la restaurer, protégez d’abord vos données avec la même phrase secrète (menu Fichier), puis restaurez-la. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Your current data is protected with a passphrase that is not known here; open it with its passphrase first. Nothing was changed.</source>
      <translation>Vos données actuelles sont protégées par une phrase secrète inconnue ici ; ouvrez-les d’abord avec leur phrase secrète. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Your recordings could not be copied into %1: %2.</source>
      <translation>Vos enregistrements n’ont pas pu être copiés dans %1 : %2.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 already exists. Nothing was written. Choose another name, or add --force to replace it.</source>
      <translation>%1 existe déjà. Rien n’a été écrit. Choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 is inside the data folder (%2), where your data and its backups live. Nothing was written. Choose a place outside that folder.</source>
      <translation>%1 se trouve dans le dossier de données (%2), où vivent vos données et leurs sauvegardes. Rien n’a été écrit. Choisissez un endroit en dehors de ce dossier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>%1 is not a date like 2026-03-31</source>
      <translation>%1 n’est pas une date comme 2026-03-31</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 is not a date like 2026-11-24</source>
      <translation>%1 n’est pas une date comme 2026-11-24</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1: %n rows</source>
      <extracomment>A count. English: %1: %n row / %1: %n rows</extracomment>
      <translation>
        <numerusform>%1 : %n ligne</numerusform>
        <numerusform>%1 : %n lignes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n check-ins</source>
      <extracomment>A count. English: %n check-in / %n check-ins</extracomment>
      <translation>
        <numerusform>%n bilan</numerusform>
        <numerusform>%n bilans</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n episodes</source>
      <extracomment>A count. English: %n episode / %n episodes</extracomment>
      <translation>
        <numerusform>%n épisode</numerusform>
        <numerusform>%n épisodes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n recordings came without their sound file: they were not exported with --with-audio, or the -audio.zip is not beside the export.</source>
      <extracomment>A count. English: %n recording came without its sound file: it was not exported with --with-audio, or the -audio.zip is not beside the export. / %n recordings came without their sound file: they were not exported with --with-audio, or the -audio.zip is not beside the export.</extracomment>
      <translation>
        <numerusform>%n enregistrement est arrivé sans son fichier son : il n’a pas été exporté avec --with-audio, ou le fichier -audio.zip n’est pas à côté de l’export.</numerusform>
        <numerusform>%n enregistrements sont arrivés sans leur fichier son : ils n’ont pas été exportés avec --with-audio, ou le fichier -audio.zip n’est pas à côté de l’export.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n recordings were not in your audio folder and are not included.</source>
      <extracomment>A count. English: %n recording was not in your audio folder and is not included. / %n recordings were not in your audio folder and are not included.</extracomment>
      <translation>
        <numerusform>%n enregistrement n’était pas dans votre dossier audio et n’est pas inclus.</numerusform>
        <numerusform>%n enregistrements n’étaient pas dans votre dossier audio et ne sont pas inclus.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>--from must not be after --to.</source>
      <translation>--from ne doit pas être après --to.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>--with-audio works with --format json only.</source>
      <translation>--with-audio ne fonctionne qu’avec --format json.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Backup written and checked: %1</source>
      <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Brought back %n recordings into your audio folder.</source>
      <extracomment>A count. English: Brought back %n recording into your audio folder. / Brought back %n recordings into your audio folder.</extracomment>
      <translation>
        <numerusform>%n enregistrement a été remis dans votre dossier audio.</numerusform>
        <numerusform>%n enregistrements ont été remis dans votre dossier audio.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Copy: %1</source>
      <translation>Copie : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Could not read table %1: %2</source>
      <translation>Impossible de lire le tableau %1 : %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Exported %n rows from %1 tables to %2.</source>
      <extracomment>A count. English: Exported %n row from %1 tables to %2. / Exported %n rows from %1 tables to %2.</extracomment>
      <translation>
        <numerusform>%n ligne exportée depuis %1 tableaux vers %2.</numerusform>
        <numerusform>%n lignes exportées depuis %1 tableaux vers %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>Fibro Desktop is open on this data folder (%1). Nothing was changed. Quit the app (also from the tray icon) and try again, or use the same action from the app's menu.</source>
      <translation>Fibro Desktop est ouvert sur ce dossier de données (%1). Rien n’a été modifié. Quittez l’application (aussi depuis l’icône de la zone de notification) et réessayez, ou utilisez la même action depuis le menu de l’application.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>Fibro Desktop: a private, offline companion for muscle spasms in fibromyalgia.</source>
      <translation>Fibro Desktop : un compagnon privé et hors ligne pour les spasmes musculaires de la fibromyalgie.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>Give it with --passphrase-file PATH or the %1 environment variable.</source>
      <translation>Indiquez-la avec --passphrase-file CHEMIN ou la variable d’environnement %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Give the passphrase with --passphrase-file PATH or FIBRO_DESKTOP_PASSPHRASE.</source>
      <translation>Indiquez la phrase secrète avec --passphrase-file CHEMIN ou FIBRO_DESKTOP_PASSPHRASE.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Imported %n new rows; %1 were already there.</source>
      <extracomment>A count. English: Imported %n new row; %1 were already there. / Imported %n new rows; %1 were already there.</extracomment>
      <translation>
        <numerusform>%n nouvelle ligne importée ; %1 étaient déjà là.</numerusform>
        <numerusform>%n nouvelles lignes importées ; %1 étaient déjà là.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>No backups yet in %1.</source>
      <translation>Pas encore de sauvegarde dans %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Restored %1.</source>
      <translation>%1 restauré.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The first day must come before the last one.</source>
      <translation>Le premier jour doit venir avant le dernier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The folder %1 does not exist.</source>
      <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The report could not be written to %1: %2. Nothing was left there.</source>
      <translation>Le rapport n’a pas pu être écrit dans %1 : %2. Rien n’y a été laissé.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Your %n recordings are in %1; keep it beside the export.</source>
      <extracomment>A count. English: Your %n recording is in %1; keep it beside the export. / Your %n recordings are in %1; keep it beside the export.</extracomment>
      <translation>
        <numerusform>%n enregistrement est dans %1 ; gardez ce fichier à côté de l’export.</numerusform>
        <numerusform>%n enregistrements sont dans %1 ; gardez ce fichier à côté de l’export.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Your data as it was before is kept in %1.</source>
      <translation>Vos données telles qu’elles étaient avant sont gardées dans %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>a JSON export, or a CSV export (folder or .zip)</source>
      <translation>un export JSON, ou un export CSV (dossier ou .zip)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>a note of your own for your provider</source>
      <translation>une note de votre part pour votre soignant</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>also put a copy into FOLDER</source>
      <translation>mettre aussi une copie dans DOSSIER</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>another fibro-desktop command (%1) is working on this data folder (%2). Nothing was changed. Try again when it has finished.</source>
      <translation>une autre commande fibro-desktop (%1) travaille sur ce dossier de données (%2). Rien n’a été modifié. Réessayez quand elle aura terminé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>backups: %1, newest %2</source>
      <translation>sauvegardes : %1, la plus récente %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>backups: 0</source>
      <translation>sauvegardes : 0</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>cannot read %1: %2</source>
      <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>cannot read the passphrase file %1: %2</source>
      <translation>impossible de lire le fichier de phrase secrète %1 : %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>cannot use the data folder %1: %2. Nothing was changed.</source>
      <translation>impossible d’utiliser le dossier de données %1 : %2. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>check that your data file is healthy (exit 1 when not)</source>
      <translation>vérifier que votre fichier de données est en bon état (code de sortie 1 sinon)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>could not save: %1. What was not saved was left out whole; please free some space or check the folder, and try again.</source>
      <translation>impossible d’enregistrer : %1. Ce qui n’a pas été enregistré a été laissé de côté en entier ; libérez de la place ou vérifiez le dossier, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>could not write %1: %2</source>
      <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>data folder:</source>
      <translation>dossier de données :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>data version: %1 (this app understands up to %2)</source>
      <translation>version des données : %1 (cette application comprend jusqu’à la %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>database:</source>
      <translation>base de données :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>export your data to JSON or CSV</source>
      <translation>exporter vos données en JSON ou en CSV</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>fill the data folder (a temporary one if none is given) with sample data</source>
      <translation>remplir le dossier de données (un dossier temporaire si aucun n’est donné) avec des données d’exemple</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>first day (YYYY-MM-DD)</source>
      <translation>premier jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>first day (YYYY-MM-DD); default 90 days ago</source>
      <translation>premier jour (AAAA-MM-JJ) ; par défaut, il y a 90 jours</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>import a JSON or CSV export (all or nothing)</source>
      <translation>importer un export JSON ou CSV (tout ou rien)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>json only: also write your own recordings into NAME-audio.zip beside the export (import brings them back when it finds that zip beside the file)</source>
      <translation>json seulement : écrire aussi vos propres enregistrements dans NOM-audio.zip à côté de l’export (l’import les fait revenir quand il trouve ce zip à côté du fichier)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>json: one file; csv: one file per table (a folder, or a .zip)</source>
      <translation>json : un seul fichier ; csv : un fichier par tableau (un dossier, ou un .zip)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>last day (YYYY-MM-DD)</source>
      <translation>dernier jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>last day (YYYY-MM-DD); default today</source>
      <translation>dernier jour (AAAA-MM-JJ) ; par défaut, aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>list the backups and exit</source>
      <translation>lister les sauvegardes et quitter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>logs:</source>
      <translation>journaux techniques :</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>make a checked backup now</source>
      <translation>faire maintenant une sauvegarde vérifiée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing could be read: %1</source>
      <translation>rien n’a pu être lu : %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing was imported. %1</source>
      <translation>rien n’a été importé. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing was imported: the recordings could not be copied (%1).</source>
      <translation>rien n’a été importé : les enregistrements n’ont pas pu être copiés (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>open every tab, write and read the database, then exit (0 = all good)</source>
      <translation>ouvrir chaque onglet, écrire et lire la base de données, puis quitter (0 = tout va bien)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>open the data file read-only, as it is, and export whatever can be read (for a damaged file, or one from a newer version)</source>
      <translation>ouvrir le fichier de données en lecture seule, tel quel, et exporter tout ce qui peut être lu (pour un fichier abîmé, ou venant d’une version plus récente)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>paper size (default a4)</source>
      <translation>format du papier (par défaut a4)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>read the passphrase of protected data from the first line of PATH ('-': standard input); also: FIBRO_DESKTOP_PASSPHRASE</source>
      <translation>lire la phrase secrète de données protégées sur la première ligne de CHEMIN ('-' : entrée standard) ; aussi : FIBRO_DESKTOP_PASSPHRASE</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>replace PATH if it already exists</source>
      <translation>remplacer CHEMIN s’il existe déjà</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>report written: %1 (%2 to %3)</source>
      <translation>rapport écrit : %1 (du %2 au %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>restore a backup (your current data is backed up first)</source>
      <translation>restaurer une sauvegarde (vos données actuelles sont d’abord sauvegardées)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>show where your data and logs are kept</source>
      <translation>afficher où sont gardés vos données et vos journaux techniques</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>start quietly in the tray (minimised where there is no tray), as starting at login does</source>
      <translation>démarrer discrètement dans la zone de notification (réduit s’il n’y en a pas), comme au démarrage à l’ouverture de session</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>that passphrase does not open this data. Nothing was changed.</source>
      <translation>cette phrase secrète n’ouvre pas ces données. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>the PDF file to write</source>
      <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>the backup to restore (default: the newest good one)</source>
      <translation>la sauvegarde à restaurer (par défaut : la plus récente en bon état)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>the passphrase file %1 is empty</source>
      <translation>le fichier de phrase secrète %1 est vide</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>there is no good backup in %1.</source>
      <translation>il n’y a pas de bonne sauvegarde dans %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>unreadable</source>
      <translation>illisible</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>use DIR for data instead of the usual folder (also: FIBRO_DESKTOP_DATA_DIR)</source>
      <translation>utiliser DOSSIER pour les données au lieu du dossier habituel (aussi : FIBRO_DESKTOP_DATA_DIR)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>where to write</source>
      <translation>où écrire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>write a PDF report of a period for your provider</source>
      <translation>écrire un rapport PDF d’une période pour votre soignant</translation>
    </message>
  </context>
  <context>
    <name>data_file</name>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be opened: %2.</source>
      <translation>%1 ne peut pas être ouvert : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be read: %2.</source>
      <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be read: it is damaged, or protected with a different passphrase.</source>
      <translation>%1 ne peut pas être lu : il est endommagé, ou protégé par une autre phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 is damaged: %2.</source>
      <translation>%1 est endommagé : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 is not a Fibro Desktop data file (unknown format).</source>
      <translation>%1 n’est pas un fichier de données de Fibro Desktop (format inconnu).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>That passphrase does not open this data. Nothing was changed; please try again.</source>
      <translation>Cette phrase secrète n’ouvre pas ces données. Rien n’a été modifié ; réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 cannot be opened: %2.</source>
      <translation>Le fichier de données %1 ne peut pas être ouvert : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 cannot be read: %2.</source>
      <translation>Le fichier de données %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged, or protected with a different passphrase.</source>
      <translation>Le fichier de données %1 est endommagé, ou protégé par une autre phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged: %2</source>
      <translation>Le fichier de données %1 est endommagé : %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged: %2.</source>
      <translation>Le fichier de données %1 est endommagé : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data file %1 is empty or missing, but backups of your data are beside it, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing was changed. Restore the newest good backup (Fibro Desktop offers it at start, or run: fibro-desktop restore).</source>
      <translation>Le fichier de données %1 est vide ou absent, mais des sauvegardes de vos données se trouvent à côté : ce n’est donc pas un nouveau départ. Les données ont probablement été perdues à cause d’un plantage, d’un disque plein ou d’un service de synchronisation. Rien n’a été modifié. Restaurez la sauvegarde valide la plus récente (Fibro Desktop vous la propose au démarrage, ou lancez : fibro-desktop restore).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is empty; it will be set up at start.</source>
      <translation>Le fichier de données %1 est vide ; il sera préparé au démarrage.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is in good order.</source>
      <translation>Le fichier de données %1 est en bon état.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is not in a format Fibro Desktop knows.</source>
      <translation>Le fichier de données %1 n’est pas dans un format que Fibro Desktop connaît.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is protected with a passphrase.</source>
      <translation>Le fichier de données %1 est protégé par une phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 was saved by a newer version of Fibro Desktop (data version %2; this one understands up to %3).</source>
      <translation>Le fichier de données %1 a été enregistré par une version plus récente de Fibro Desktop (version des données %2 ; celle-ci comprend jusqu’à %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes. %2 Nothing was changed.</source>
      <translation>Le dossier de données %1 ne peut pas être modifié : il est en lecture seule, ou sur un lecteur qui n’accepte pas de modifications. %2 Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes. Nothing was changed.</source>
      <translation>Le dossier de données %1 ne peut pas être modifié : il est en lecture seule, ou sur un lecteur qui n’accepte pas de modifications. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The disk is full (%1). Nothing was changed. Please free some space and try again.</source>
      <translation>Le disque est plein (%1). Rien n’a été modifié. Libérez un peu de place et réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The disk is full. Nothing was changed. Please free some space and try again.</source>
      <translation>Le disque est plein. Rien n’a été modifié. Libérez un peu de place et réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The passphrase does not open the data file %1.</source>
      <translation>La phrase secrète n’ouvre pas le fichier de données %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>There is no data file yet at %1.</source>
      <translation>Il n’y a pas encore de fichier de données dans %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>This data is protected with a passphrase. Please enter it to open the data.</source>
      <translation>Ces données sont protégées par une phrase secrète. Saisissez-la pour ouvrir les données.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>This data must be upgraded to this version first, which needs the folder to be writable.</source>
      <translation>Ces données doivent d’abord être mises à jour pour cette version, ce qui demande de pouvoir écrire dans le dossier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>This data was saved by a newer version of Fibro Desktop (data version %1; this version understands up to %2). It has not been changed. Please install the newer version.</source>
      <translation>Ces données ont été enregistrées par une version plus récente de Fibro Desktop (version des données %1 ; cette version comprend jusqu’à %2). Elles n’ont pas été modifiées. Installez la version plus récente.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>Upgrading the data to version %1 (%2) failed: %3. Your data is unchanged.</source>
      <translation>La mise à jour des données vers la version %1 (%2) a échoué : %3. Vos données n’ont pas changé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>the folder cannot be written to</source>
      <translation>le dossier ne peut pas être modifié</translation>
    </message>
  </context>
  <context>
    <name>durations</name>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" />
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/labels.py" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
  </context>
  <context>
    <name>exercises</name>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>A gentle side reach</source>
      <translation>Se pencher doucement sur le côté</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>A sip and a new position</source>
      <translation>Une gorgée et une nouvelle position</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Blink slowly a few times and breathe out.</source>
      <translation>Clignez lentement des yeux quelques fois et expirez.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe in and let your shoulders rise a little.</source>
      <translation>Inspirez et laissez vos épaules monter un peu.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe in through the nose for a count of four.</source>
      <translation>Inspirez par le nez en comptant jusqu’à quatre.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out slowly and let it feel heavy. Do not stretch into the cramp.</source>
      <translation>Expirez lentement et laissez-le devenir lourd. Ne l’étirez pas dans la crampe.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out slowly and let them sink down, heavy and loose.</source>
      <translation>Expirez lentement et laissez-les redescendre, lourdes et détendues.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out through the mouth for a count of six.</source>
      <translation>Expirez par la bouche en comptant jusqu’à six.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out through the mouth, slowly.</source>
      <translation>Expirez lentement par la bouche.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Change feet. If a calf or a foot starts to tighten, stop and let it rest flat.</source>
      <translation>Changez de pied. Si un mollet ou un pied commence à se contracter, arrêtez et laissez-le reposer à plat.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Come back to the middle and turn a little to the other side.</source>
      <translation>Revenez au milieu et tournez un peu de l’autre côté.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Come back while breathing out; change sides. Stop well before any pull.</source>
      <translation>Revenez en expirant ; changez de côté. Arrêtez-vous bien avant de sentir une traction.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Do it twice more, without forcing anything.</source>
      <translation>Faites-le encore deux fois, sans rien forcer.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Easy ankle circles, sitting</source>
      <translation>Petits cercles des chevilles, assis·e</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Fill your glass of water on the way.</source>
      <translation>Remplissez votre verre d’eau en passant.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Find a position where the tight muscle is supported and can let go: lean back, rest the arm, put the foot flat.</source>
      <translation>Trouvez une position où le muscle tendu est soutenu et peut se relâcher : penchez-vous en arrière, posez le bras, mettez le pied à plat.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let it rest, supported</source>
      <translation>Le laisser reposer, soutenu</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let the shoulders drop</source>
      <translation>Laisser tomber les épaules</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let your arms hang and breathe out.</source>
      <translation>Laissez pendre vos bras et expirez.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let your teeth part and your tongue rest low.</source>
      <translation>Desserrez les dents et laissez la langue reposer en bas.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Lift the front of one foot a little and draw slow, small circles with it; keep the toes soft, never pointed or curled.</source>
      <translation>Levez un peu l’avant d’un pied et dessinez de petits cercles lents ; gardez les orteils détendus, jamais pointés ni recroquevillés.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Long breaths out</source>
      <translation>De longues expirations</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Look away from the screen at something far away.</source>
      <translation>Détournez les yeux de l’écran et regardez quelque chose au loin.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Look into the distance</source>
      <translation>Regarder au loin</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Notice the face and forehead easing.</source>
      <translation>Sentez le visage et le front se détendre.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Open the hands</source>
      <translation>Ouvrir les mains</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Open your fingers slowly, then let them curl softly.</source>
      <translation>Ouvrez lentement les doigts, puis laissez-les se replier doucement.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Reach the other arm up and over only a little, and breathe in.</source>
      <translation>Levez l’autre bras vers le haut et au-dessus, juste un peu, et inspirez.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Repeat a few times, gently, without squeezing.</source>
      <translation>Recommencez quelques fois, doucement, sans serrer.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Repeat five times; let the belly move.</source>
      <translation>Recommencez cinq fois ; laissez le ventre bouger.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Rest the warm palms on your neck or shoulders and breathe out.</source>
      <translation>Posez vos paumes chaudes sur la nuque ou les épaules et expirez.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Rub your palms together slowly until they feel warm.</source>
      <translation>Frottez lentement vos paumes l’une contre l’autre jusqu’à ce qu’elles soient chaudes.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Shift in your seat: move your weight, put both feet flat, sit back.</source>
      <translation>Bougez sur votre siège : déplacez votre poids, posez les deux pieds à plat, adossez-vous.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Sit back with both feet resting on the floor.</source>
      <translation>Adossez-vous, les deux pieds posés au sol.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Sit tall and turn your head a little to one side, only as far as is comfortable.</source>
      <translation>Tenez-vous droit·e et tournez un peu la tête d’un côté, seulement tant que c’est confortable.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Slow shoulder circles</source>
      <translation>Cercles lents des épaules</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Small head turns</source>
      <translation>Petits mouvements de tête</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Soften the jaw</source>
      <translation>Détendre la mâchoire</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand up and walk a little</source>
      <translation>Se lever et marcher un peu</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand up slowly, using the desk if you like.</source>
      <translation>Levez-vous lentement, en vous aidant du bureau si vous voulez.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand with your feet apart and one hand on your hip.</source>
      <translation>Tenez-vous debout, pieds écartés, une main sur la hanche.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Standing or sitting, roll your shoulders slowly backwards five times.</source>
      <translation>Debout ou assis·e, faites rouler lentement vos épaules vers l’arrière cinq fois.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Take a few sips of water.</source>
      <translation>Buvez quelques gorgées d’eau.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Take your hands off the keyboard and let them rest on your thighs.</source>
      <translation>Retirez les mains du clavier et laissez-les reposer sur vos cuisses.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Then five times forwards, small and easy.</source>
      <translation>Puis cinq fois vers l’avant, petit et facile.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Three slow turns each way.</source>
      <translation>Trois tours lents de chaque côté.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Walk around the room or to the kitchen at an easy pace, feet flat, no tiptoeing.</source>
      <translation>Marchez dans la pièce ou jusqu’à la cuisine, à un rythme tranquille, les pieds à plat, sans marcher sur la pointe des pieds.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Warm the hands</source>
      <translation>Se réchauffer les mains</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Warmth helps many people: a heat pad, or warm hands resting on it.</source>
      <translation>La chaleur aide beaucoup de personnes : un coussin chauffant, ou des mains chaudes posées dessus.</translation>
    </message>
  </context>
  <context>
    <name>export_files</name>
    <message>
      <location filename="../../fibro_desktop/store/export.py" />
      <source>%1 is not an empty folder; choose a new or empty one.</source>
      <translation>%1 n’est pas un dossier vide ; choisissez un dossier nouveau ou vide.</translation>
    </message>
  </context>
  <context>
    <name>import_problems</name>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>"columns" must be a non-empty list of names.</source>
      <translation>« columns » doit être une liste de noms non vide.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>"rows" must be a list.</source>
      <translation>« rows » doit être une liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 at %2 is not an ordinary file (it is a device, a pipe or a socket), so it is not a Fibro Desktop export.</source>
      <translation>%1 à l’emplacement %2 n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket) ; ce n’est donc pas un export de Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 at %2 is not an ordinary file, so it is not a Fibro Desktop export.</source>
      <translation>%1 à l’emplacement %2 n’est pas un fichier ordinaire ; ce n’est donc pas un export de Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 cannot be read: %2.</source>
      <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 contains a NUL character (line %2).</source>
      <translation>%1 contient un caractère NUL (ligne %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 has no header row.</source>
      <translation>%1 n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 holds a cell far longer than any export has (line %2).</source>
      <translation>%1 contient une cellule bien plus longue que dans tout export (ligne %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is damaged or incomplete: it is not valid JSON from line %2, column %3.</source>
      <translation>%1 est endommagé ou incomplet : ce n’est pas du JSON valide à partir de la ligne %2, colonne %3.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is damaged: it is not valid CSV (line %2).</source>
      <translation>%1 est endommagé : ce n’est pas du CSV valide (ligne %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is far larger than an export's manifest.</source>
      <translation>%1 est bien plus grand que le sommaire d’un export.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is larger than %2 MB, the most an import accepts.</source>
      <translation>%1 dépasse %2 Mo, le maximum qu’un import accepte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is nested too deeply to be an export.</source>
      <translation>%1 est imbriqué trop profondément pour être un export.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>%1 is not a Fibro Desktop recordings archive.</source>
      <translation>%1 n’est pas une archive d’enregistrements de Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is not text in UTF-8, as an export is (near line %2).</source>
      <translation>%1 n’est pas du texte en UTF-8, comme l’est un export (vers la ligne %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is not valid JSON: it holds %2, which is not a number an export contains.</source>
      <translation>%1 n’est pas du JSON valide : il contient %2, qui n’est pas un nombre qu’un export contient.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 lists no tables.</source>
      <translation>%1 ne liste aucun tableau.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 names no valid file for this table.</source>
      <translation>%1 n’indique aucun fichier valide pour ce tableau.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>%1 was made by a newer version of Fibro Desktop. Please update the app first.</source>
      <translation>%1 a été créé par une version plus récente de Fibro Desktop. Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A column is named twice.</source>
      <translation>Une colonne porte deux fois le même nom.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>A name is required here.</source>
      <translation>Un nom est nécessaire ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A number is expected here, not %1.</source>
      <translation>Un nombre est attendu ici, pas %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>A recording's file name must be a plain name, without folders or "..".</source>
      <translation>Le nom de fichier d’un enregistrement doit être un simple nom, sans dossiers ni « .. ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A required column is missing.</source>
      <translation>Une colonne obligatoire manque.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A row must be a list of %1 values.</source>
      <translation>Une ligne doit être une liste de %1 valeurs.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A table must be an object with "columns" and "rows".</source>
      <translation>Un tableau doit être un objet avec « columns » et « rows ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A value of this kind (%1) cannot be stored.</source>
      <translation>Une valeur de ce type (%1) ne peut pas être enregistrée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A whole number is expected here, not %1.</source>
      <translation>Un nombre entier est attendu ici, pas %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Choisissez un nombre de 0 à 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Enter a whole number from %1 to %2.</source>
      <translation>Saisissez un nombre entier de %1 à %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Only 0 (no) or 1 (yes) can be here.</source>
      <translation>Seul 0 (non) ou 1 (oui) peut se trouver ici.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Please keep this under %1 characters.</source>
      <translation>Restez sous %1 caractères.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The date %1 is before %2; the app keeps no records that old.</source>
      <translation>La date %1 est antérieure à %2 ; l’application ne garde pas de notes aussi anciennes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day %1 is before %2; the app keeps no records that old.</source>
      <translation>Le jour %1 est antérieur à %2 ; l’application ne garde pas de notes aussi anciennes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day %1 is in the future.</source>
      <translation>Le jour %1 est dans le futur.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day does not match the date and time of the entry.</source>
      <translation>Le jour ne correspond pas à la date et à l’heure de l’entrée.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export</source>
      <translation>L’export</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export holds more than %1 rows, the most an import accepts.</source>
      <translation>L’export contient plus de %1 lignes, le maximum qu’un import accepte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export's "schema_version" is missing or not a whole number.</source>
      <translation>Le « schema_version » de l’export manque ou n’est pas un nombre entier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export's "version" is missing or not a whole number.</source>
      <translation>La « version » de l’export manque ou n’est pas un nombre entier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file</source>
      <translation>Le fichier</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file %1</source>
      <translation>Le fichier %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file %1 is missing.</source>
      <translation>Le fichier %1 est absent.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file has no "tables" object.</source>
      <translation>Le fichier n’a pas d’objet « tables ».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file holds more than %1 rows, the most an import accepts.</source>
      <translation>Le fichier contient plus de %1 lignes, le maximum qu’un import accepte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The moment %1 (UTC) is in the future.</source>
      <translation>Le moment %1 (UTC) est dans le futur.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 in %2 is damaged (its content does not match).</source>
      <translation>L’enregistrement %1 dans %2 est endommagé (son contenu ne correspond pas).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 in %2 is damaged (its size is wrong).</source>
      <translation>L’enregistrement %1 dans %2 est endommagé (sa taille est fausse).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 is missing from %2.</source>
      <translation>L’enregistrement %1 manque dans %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recordings archive %1 is damaged: the zip cannot be read.</source>
      <translation>L’archive d’enregistrements %1 est endommagée : le zip ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The row cannot be stored: %1.</source>
      <translation>La ligne ne peut pas être enregistrée : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The row does not fit: %1.</source>
      <translation>La ligne ne convient pas : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The row has %1 cells; the header has %2.</source>
      <translation>La ligne a %1 cellules ; l’en-tête en a %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The same %1 appears twice (also in row %2).</source>
      <translation>La même valeur de %1 apparaît deux fois (aussi à la ligne %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The session is missing.</source>
      <translation>La séance manque.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The time zone of this moment is missing.</source>
      <translation>Le fuseau horaire de ce moment manque.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The zip file is damaged; it cannot be read. If you have the export elsewhere, try that copy.</source>
      <translation>Le fichier zip est abîmé ; il ne peut pas être lu. Si vous avez l’export ailleurs, essayez cette copie.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The zip file is protected with a password, which Fibro Desktop exports never are. Unpack it with your zip program, then import the folder it gives.</source>
      <translation>Le fichier zip est protégé par un mot de passe, ce qui n’est jamais le cas des exports de Fibro Desktop. Décompressez-le avec votre programme zip, puis importez le dossier obtenu.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>There is nothing at %1.</source>
      <translation>Il n’y a rien à l’emplacement %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This count cannot be below 0.</source>
      <translation>Ce nombre ne peut pas être inférieur à 0.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This export comes from a newer version of Fibro Desktop (data version %1; this one understands up to %2). Please update the app first.</source>
      <translation>Cet export vient d’une version plus récente de Fibro Desktop (version des données %1 ; celle-ci comprend jusqu’à %2). Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This export was made by a newer version of Fibro Desktop (format version %1; this one reads up to %2). Please update the app first.</source>
      <translation>Cet export a été fait par une version plus récente de Fibro Desktop (version du format %1 ; celle-ci lit jusqu’à %2). Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. It is not JSON, the form of an export.</source>
      <translation>Ce fichier n’est pas un export de Fibro Desktop. Ce n’est pas du JSON, la forme d’un export.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. It is not text (an export is UTF-8 text; this file is not, from byte %1).</source>
      <translation>Ce fichier n’est pas un export de Fibro Desktop. Ce n’est pas du texte (un export est du texte UTF-8 ; ce fichier ne l’est pas, à partir de l’octet %1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. Its %1 cannot be read: it is not text.</source>
      <translation>Ce fichier n’est pas un export de Fibro Desktop. Son fichier %1 ne peut pas être lu : ce n’est pas du texte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This is not a Fibro Desktop export (its "format" is missing or different).</source>
      <translation>Ce n’est pas un export de Fibro Desktop (son « format » manque ou est différent).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This is not a Fibro Desktop export: %1 is missing (every CSV export has one).</source>
      <translation>Ce n’est pas un export de Fibro Desktop : %1 est absent (chaque export CSV en a un).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This is not a calendar day the app can read (%1); days are written like 2026-11-24.</source>
      <translation>Ce n’est pas un jour du calendrier que l’application peut lire (%1) ; les jours s’écrivent comme 2026-11-24.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This is not a date and time the app can read (%1). A spreadsheet may have changed it; export again and import the file unchanged.</source>
      <translation>Ce n’est pas une date et une heure que l’application peut lire (%1). Un tableur l’a peut-être modifiée ; exportez à nouveau et importez le fichier sans le modifier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This number is larger than the app allows (%1).</source>
      <translation>Ce nombre est plus grand que ce que l’application permet (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This role is not one the app knows.</source>
      <translation>L’application ne connaît pas ce rôle.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This row belongs to %1 %2 %3, which is not in the file.</source>
      <translation>Cette ligne appartient à %1 %2 %3, qui n’est pas dans le fichier.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This time-zone offset is not one a clock can have (UTC-12:00 to UTC+14:00).</source>
      <translation>Ce décalage horaire n’existe sur aucune horloge (de UTC-12:00 à UTC+14:00).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This version of the app has no such column.</source>
      <translation>Cette version de l’application n’a pas cette colonne.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This version of the app has no such table.</source>
      <translation>Cette version de l’application n’a pas ce tableau.</translation>
    </message>
  </context>
  <context>
    <name>protection</name>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>Please choose a passphrase of at least %1 characters.</source>
      <translation>Choisissez une phrase secrète d’au moins %1 caractères.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>That passphrase does not open this data. Nothing was changed.</source>
      <translation>Cette phrase secrète n’ouvre pas ces données. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data could not be copied: %1. Nothing was changed.</source>
      <translation>Les données n’ont pas pu être copiées : %1. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data is not in the state expected; nothing was changed.</source>
      <translation>Les données ne sont pas dans l’état attendu ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data is still in use, so it was not changed. Please try again.</source>
      <translation>Les données sont encore utilisées, elles n’ont donc pas été modifiées. Réessayez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The new copy did not match the data exactly; nothing was changed. %1</source>
      <translation>La nouvelle copie ne correspondait pas exactement aux données ; rien n’a été modifié. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>This installation cannot protect data with a passphrase (sqlcipher3 is missing).</source>
      <translation>Cette installation ne peut pas protéger les données par une phrase secrète (sqlcipher3 manque).</translation>
    </message>
  </context>
  <context>
    <name>relax_sessions</name>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About fifteen minutes to settle in bed: slow breathing, a gentle release of the body, calm imagery, then quiet. Ends in silence.</source>
      <translation>Environ quinze minutes pour se poser au lit : respiration lente, relâchement doux du corps, images apaisantes, puis le calme. Se termine en silence.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About five minutes of easy movements in your chair, to go with a pacing break. Move slowly and only within comfort.</source>
      <translation>Environ cinq minutes de mouvements faciles sur votre chaise, pour accompagner une pause. Bougez lentement et seulement tant que c’est confortable.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About six minutes, with no tightening at all. Warm and heavy imagery for when a muscle is already spasming or sore.</source>
      <translation>Environ six minutes, sans aucune contraction. Des images de chaleur et de lourdeur pour quand un muscle fait déjà un spasme ou est douloureux.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About ten minutes. Move your attention slowly through the body, noticing without changing anything, and let each area soften.</source>
      <translation>Environ dix minutes. Promenez lentement votre attention dans le corps, en remarquant sans rien changer, et laissez chaque zone se détendre.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About twelve minutes. Gently tighten one muscle group at a time, only a little, then let it go and notice the difference. Skip any muscle that feels sore.</source>
      <translation>Environ douze minutes. Contractez doucement un groupe de muscles à la fois, juste un peu, puis relâchez et remarquez la différence. Passez tout muscle douloureux.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Body scan</source>
      <translation>Scan corporel</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Five minutes of slow breathing, about six breaths a minute: in for four seconds, out for six. Spoken cues at first, then soft tones.</source>
      <translation>Cinq minutes de respiration lente, environ six respirations par minute : inspirez pendant quatre secondes, expirez pendant six. Des consignes parlées au début, puis des sons doux.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Five minutes. Four areas, tightened only a little and then released. Good for a short pause in the day.</source>
      <translation>Cinq minutes. Quatre zones, contractées juste un peu puis relâchées. Idéal pour une courte pause dans la journée.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Gentle desk warm-up</source>
      <translation>Échauffement doux au bureau</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Paced breathing</source>
      <translation>Respiration rythmée</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Progressive muscle relaxation, full</source>
      <translation>Relaxation musculaire progressive, complète</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Progressive muscle relaxation, short</source>
      <translation>Relaxation musculaire progressive, courte</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Release only</source>
      <translation>Relâchement seul</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Sleep wind-down</source>
      <translation>Préparation au sommeil</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A place has a side it does not have.</source>
      <translation>Un endroit a un côté qu’il n’a pas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A place on the body is not known to the app.</source>
      <translation>L’application ne connaît pas cet endroit du corps.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A warning sign is not known to the app.</source>
      <translation>L’application ne connaît pas ce signe d’alerte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Choisissez un nombre de 0 à 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose a sleep state from the list.</source>
      <translation>Choisissez un état de sommeil dans la liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose an activity level from the list.</source>
      <translation>Choisissez un niveau d’activité dans la liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose an answer from the list.</source>
      <translation>Choisissez une réponse dans la liste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose what kind of spasm it was.</source>
      <translation>Choisissez le type de spasme.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose which one you took.</source>
      <translation>Choisissez ce que vous avez pris.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Clean a free-text note (may be empty).</source>
      <translation>Nettoie une note libre (peut être vide).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Clean a name; refuse an empty one and one over ``MAX_NAME_CHARS``.</source>
      <translation>Nettoie un nom ; refuse un nom vide ou plus long que ``MAX_NAME_CHARS``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Each thing you tried can be listed once.</source>
      <translation>Chaque chose essayée ne peut être indiquée qu’une fois.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Enter a time between 0 minutes and 24 hours.</source>
      <translation>Indiquez une durée entre 0 minute et 24 heures.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Enter between 0 and 24 hours of sleep.</source>
      <translation>Indiquez entre 0 et 24 heures de sommeil.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Give it a name, as you would write it.</source>
      <translation>Donnez-lui un nom, comme vous l’écririez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>It can't have ended after now. Is it still going?</source>
      <translation>La fin ne peut pas être après maintenant. Est-ce toujours en cours ?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
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
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Problems with ``checkin``; ``today`` is the person's local date.</source>
      <translation>Problèmes de ``checkin`` ; ``today`` est la date locale de la personne.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Problems with ``episode`` as of ``now`` (aware), by field name.</source>
      <translation>Problèmes de ``episode`` à ``now`` (avec fuseau), par nom de champ.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Raised by the store when a value breaks a rule above; ``field`` names
    the input ("name", "quantity"…) and ``code`` the error id.</source>
      <translation>Levée par le stockage quand une valeur enfreint une règle ci-dessus ; ``field`` nomme
    la saisie (« name », « quantity »…) et ``code`` l’identifiant de l’erreur.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
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
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say whether it helped: yes, a little, or no.</source>
      <translation>Dites si ça a aidé : oui, un peu ou non.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say whether it was taken or skipped.</source>
      <translation>Dites si c’a été pris ou non.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say which side for each place.</source>
      <translation>Indiquez le côté pour chaque endroit.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Something that did not help has no time to relief.</source>
      <translation>Ce qui n’a pas aidé n’a pas de temps avant soulagement.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>The count ``value``, or :class:`InvalidInput`; never ``None`` unless ``allow_empty``.</source>
      <translation>Le nombre ``value``, ou :class:`InvalidInput` ; jamais ``None`` sauf avec ``allow_empty``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The start can't be in the future.</source>
      <translation>Le début ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The start time needs a time zone.</source>
      <translation>L’heure de début a besoin d’un fuseau horaire.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The time can't be in the future.</source>
      <translation>L’heure ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The time needs a time zone.</source>
      <translation>L’heure a besoin d’un fuseau horaire.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>This list holds an entry the app does not know.</source>
      <translation>Cette liste contient une entrée que l’application ne connaît pas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Time to relief must be between 0 minutes and 24 hours.</source>
      <translation>Le temps avant soulagement doit être entre 0 minute et 24 heures.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>You can check in for today or earlier days.</source>
      <translation>Vous pouvez faire le bilan d’aujourd’hui ou des jours précédents.</translation>
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
      <translation>Une crampe ou une secousse qui dérange le sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A sharp, gripping tightness, often in calves or hands</source>
      <translation>Une contraction vive et serrée, souvent dans les mollets ou les mains</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A tender knot that tightens when pressed or stretched</source>
      <translation>Un nœud sensible qui se serre quand on appuie dessus ou qu’on l’étire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A tight spell that lasts minutes or hours</source>
      <translation>Une tension qui dure des minutes ou des heures</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Abdomen</source>
      <translation>Ventre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Awake</source>
      <translation>Éveillé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Back of thighs</source>
      <translation>Arrière des cuisses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Both</source>
      <translation>Des deux côtés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Breathing or relaxation audio</source>
      <translation>Respiration ou audio de détente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Calves</source>
      <translation>Mollets</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Chest</source>
      <translation>Poitrine</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Cold</source>
      <translation>Froid</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Cramp</source>
      <translation>Crampe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Did not help</source>
      <translation>N’a pas aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Falling asleep</source>
      <translation>En train de m’endormir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Feet</source>
      <translation>Pieds</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Fever</source>
      <translation>Fièvre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Forearms</source>
      <translation>Avant-bras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Front of thighs</source>
      <translation>Avant des cuisses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Gentle movement</source>
      <translation>Mouvement doux</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Gentle stretch</source>
      <translation>Étirement doux</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hands</source>
      <translation>Mains</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hard physical effort</source>
      <translation>Gros effort physique</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Heat</source>
      <translation>Chaleur</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Helped</source>
      <translation>A aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Helped a little</source>
      <translation>A un peu aidé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hips and glutes</source>
      <translation>Hanches et fessiers</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>It woke me up</source>
      <translation>Ça m’a réveillé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Jaw</source>
      <translation>Mâchoire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Just woken up</source>
      <translation>Juste réveillé·e</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Knot</source>
      <translation>Nœud musculaire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Left</source>
      <translation>Gauche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Light activity</source>
      <translation>Activité légère</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Long sitting or one posture</source>
      <translation>Longtemps assis·e ou dans la même posture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Long tension</source>
      <translation>Contracture</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Loss of balance</source>
      <translation>Perte d’équilibre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Lower back</source>
      <translation>Bas du dos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Magnesium on the skin</source>
      <translation>Magnésium sur la peau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Magnesium or electrolyte drink</source>
      <translation>Boisson au magnésium ou aux électrolytes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Massage or myofascial release</source>
      <translation>Massage ou relâchement myofascial</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Moderate activity</source>
      <translation>Activité modérée</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Muscle swelling</source>
      <translation>Gonflement du muscle</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Neck</source>
      <translation>Cou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Night cramp</source>
      <translation>Crampe nocturne</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>No, they were interrupted a lot</source>
      <translation>Non, elles ont été souvent interrompues</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Not enough water</source>
      <translation>Pas assez d’eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Numbness</source>
      <translation>Engourdissement</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Partly, with some interruptions</source>
      <translation>En partie, avec quelques interruptions</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Poor sleep</source>
      <translation>Mauvais sommeil</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Prescribed medication</source>
      <translation>Médicament prescrit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Racing heart</source>
      <translation>Cœur qui s’emballe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Repetitive task</source>
      <translation>Tâche répétitive</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Rest</source>
      <translation>Repos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Resting</source>
      <translation>Au repos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Right</source>
      <translation>Droite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Shoulders</source>
      <translation>Épaules</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Skipped a meal</source>
      <translation>Repas sauté</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Small rippling twitches under the skin</source>
      <translation>Petites secousses sous la peau, comme des frémissements</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Strenuous activity</source>
      <translation>Activité intense</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Stress or worry</source>
      <translation>Stress ou inquiétude</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Tiredness</source>
      <translation>Fatigue</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Twitching</source>
      <translation>Tressautements</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Upper arms</source>
      <translation>Haut des bras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Upper back</source>
      <translation>Haut du dos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Water</source>
      <translation>Eau</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Weakness</source>
      <translation>Faiblesse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Yes, without interruption</source>
      <translation>Oui, sans interruption</translation>
    </message>
  </context>
  <context>
    <name>warning_signs</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before.</source>
      <translation>%1 épisodes ces 4 dernières semaines, contre %2 les 4 semaines d’avant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before; typical intensity %3 against %4.</source>
      <translation>%1 épisodes ces 4 dernières semaines, contre %2 les 4 semaines d’avant ; intensité habituelle %3 contre %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 or more spasms a day on %2 of 7 days.</source>
      <translation>%1 spasmes ou plus par jour sur %2 jours sur 7.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 spasms of %2 or more in 7 days.</source>
      <translation>%1 spasmes de %2 ou plus en 7 jours.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/flag_text.py" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode came with: %1.</source>
      <translation>Un épisode s’est accompagné de : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode has been going on for %1 and is not marked as over.</source>
      <translation>Un épisode dure depuis %1 et n’est pas marqué comme terminé.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode limited moving around %1 of 10.</source>
      <translation>Un épisode a limité les déplacements à %1 sur 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Moving about was %1 of 10 or less on %2 of 7 days.</source>
      <translation>La facilité à se déplacer était de %1 sur 10 ou moins sur %2 jours sur 7.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>One spasm lasted %1.</source>
      <translation>Un spasme a duré %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Spasms at night on %1 of 7 nights, %2 nights in a row.</source>
      <translation>Spasmes la nuit sur %1 nuits sur 7, dont %2 nuits de suite.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Spasms at night on %1 of 7 nights.</source>
      <translation>Spasmes la nuit sur %1 nuits sur 7.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>The day's check-in noted: %1.</source>
      <translation>Le bilan du jour a noté : %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>The day's check-in rated moving about %1 of 10.</source>
      <translation>Le bilan du jour a noté la facilité à se déplacer à %1 sur 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Typical intensity %1 against %2 in the 4 weeks before.</source>
      <translation>Intensité habituelle %1, contre %2 les 4 semaines d’avant.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>You kept up at least half of your routine on %1 of the last 28 days.</source>
      <translation>Vous avez suivi au moins la moitié de votre routine %1 jours sur les 28 derniers.</translation>
    </message>
  </context>
</TS>
