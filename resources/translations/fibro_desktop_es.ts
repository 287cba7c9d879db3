<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>&amp;Licences</source>
      <translation>&amp;Licencias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>A private companion for people with fibromyalgia who live with muscle spasms.</source>
      <translation>Un compañero privado para personas con fibromialgia que viven con espasmos musculares.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>About Fibro Desktop</source>
      <translation>Acerca de Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Fibro Desktop %1</source>
      <translation>Fibro Desktop %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Log files: %1</source>
      <translation>Archivos de registro técnico: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Open data folder</source>
      <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Your data is kept here, on this computer only:
%1</source>
      <translation>Tus datos se guardan aquí, solo en este equipo:
%1</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <location filename="../../fibro_desktop/ui/kit/names.py" />
      <source>Column headings</source>
      <translation>Encabezados de columna</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/kit/names.py" />
      <source>Row headings</source>
      <translation>Encabezados de fila</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;About Fibro Desktop</source>
      <translation>&amp;Acerca de Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Settings…</source>
      <translation>&amp;Configuración…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Show Fibro Desktop</source>
      <translation>&amp;Mostrar Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Welcome and safety notes</source>
      <translation>&amp;Bienvenida y notas de seguridad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>Open the &amp;data folder</source>
      <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>A Fibro Desktop command (%1) is working on your data right now. Please start Fibro Desktop again when it has finished.</source>
      <translation>Un comando de Fibro Desktop (%1) está trabajando con tus datos en este momento. Vuelve a abrir Fibro Desktop cuando haya terminado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop could not write in your data folder %1; the disk may be full.</source>
      <translation>Fibro Desktop no pudo escribir en tu carpeta de datos %1; puede que el disco esté lleno.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop is already running; its window was brought to the front.</source>
      <translation>Fibro Desktop ya está abierto; su ventana se ha traído al frente.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop seems to be running already but does not answer. Please close it, or restart the computer, and try again.</source>
      <translation>Parece que Fibro Desktop ya está abierto, pero no responde. Ciérralo o reinicia el equipo, y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>The data folder %1 cannot be created: %2 Please choose another folder.</source>
      <translation>No se puede crear la carpeta de datos %1: %2 Elige otra carpeta, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>The data folder cannot be created: %1</source>
      <translation>No se puede crear la carpeta de datos: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data cannot be opened there without writing to it. Nothing was changed. Please %1, and start again.</source>
      <translation>Tus datos no se pueden abrir ahí sin escribir en ellos. No se ha cambiado nada. Por favor, %1 y vuelve a empezar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes.</source>
      <translation>No se puede escribir en tu carpeta de datos %1: es de solo lectura o está en una unidad que no permite cambios.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data is open for reading only: you can look at it, export it and make the provider report, but changes cannot be saved. To save again, %1, then restart Fibro Desktop.</source>
      <translation>Tus datos están abiertos solo para lectura: puedes verlos, exportarlos y crear el informe para tu médico, pero los cambios no se pueden guardar. Para volver a guardar, %1 y luego reinicia Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>free some space on that disk</source>
      <translation>libera espacio en ese disco</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>make the folder writable, or move your data folder to a drive that allows changes</source>
      <translation>permite escribir en la carpeta, o mueve tu carpeta de datos a una unidad que admita cambios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>the disk is full.</source>
      <translation>el disco está lleno.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>the place it is in cannot be written to.</source>
      <translation>no se puede escribir en el lugar donde está.</translation>
    </message>
  </context>
  <context>
    <name>BodyMap</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (both sides)</source>
      <translation>%1 (ambos lados)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (left)</source>
      <translation>%1 (izquierda)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (right)</source>
      <translation>%1 (derecha)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, not selected</source>
      <translation>%1, sin marcar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, selected</source>
      <translation>%1, marcado</translation>
    </message>
  </context>
  <context>
    <name>BodyMapPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>&amp;Picked muscle groups</source>
      <translation>Grupos musculares &amp;marcados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>C&amp;lear</source>
      <translation>&amp;Borrar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Clear picked muscle groups</source>
      <translation>Borrar los grupos musculares marcados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Nothing picked yet. Click the place on the figures, or use Tab to move from place to place and Space to pick.</source>
      <translation>Aún no hay nada marcado. Haz clic en el lugar de las figuras, o usa Tab para ir de un lugar a otro y Espacio para marcar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Picked muscle groups</source>
      <translation>Grupos musculares marcados</translation>
    </message>
  </context>
  <context>
    <name>BodyMapWidget</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>%1% of the highest</source>
      <translation>%1% del máximo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Back</source>
      <translation>Espalda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Body map</source>
      <translation>Mapa del cuerpo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front</source>
      <translation>Frente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front and back figures. Tab or the arrow keys move between muscle groups; Space picks or unpicks one; Ctrl+Tab leaves the map.</source>
      <translation>Figuras de frente y de espalda. Tab o las flechas mueven entre los grupos musculares; Espacio marca o desmarca uno; Ctrl+Tab sale del mapa.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front and back figures. The arrow keys move between muscle groups.</source>
      <translation>Figuras de frente y de espalda. Las flechas mueven entre los grupos musculares.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Left</source>
      <translation>Izquierda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Less</source>
      <translation>Menos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>More</source>
      <translation>Más</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Nothing picked.</source>
      <translation>Nada marcado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Picked: %1.</source>
      <translation>Marcados: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Right</source>
      <translation>Derecha</translation>
    </message>
  </context>
  <context>
    <name>BreakPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>%1 left</source>
      <translation>Quedan %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;I did it</source>
      <translation>&amp;Lo hice</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Not now</source>
      <translation>A&amp;hora no</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Postpone</source>
      <translation>&amp;Aplazar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Postpone %1 min</source>
      <translation>&amp;Aplazar %1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Skip</source>
      <translation>&amp;Saltar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Take it now</source>
      <translation>&amp;Tomarlo ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Available once most of the break has passed</source>
      <translation>Disponible cuando haya pasado la mayor parte del descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break</source>
      <translation>Descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break panel</source>
      <translation>Panel del descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break progress</source>
      <translation>Progreso del descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Coming up in a few seconds. Finish your sentence, or take it now.</source>
      <translation>Llega en unos segundos. Termina tu frase, o tómalo ahora.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>I drank a &amp;glass</source>
      <translation>Bebí un &amp;vaso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Logged from a break (Spasm now)</source>
      <translation>Anotado desde un descanso (Espasmo ahora)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Play &amp;release audio</source>
      <translation>Reproducir audio de &amp;relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Play &amp;warm-up audio</source>
      <translation>Reproducir audio de calenta&amp;miento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Espasmo ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Time left</source>
      <translation>Tiempo restante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Turns this into a recovery break, holds desk time and opens the quick log</source>
      <translation>Lo convierte en un descanso de recuperación, detiene el tiempo de escritorio y abre la anotación rápida</translation>
    </message>
  </context>
  <context>
    <name>BrokenPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" />
      <source>Something saved in your data could not be read, so “%1” could not open. Nothing has been changed or deleted, and the other tabs work as usual.

You can put back a backup from before the problem, or save everything that can still be read to a file.</source>
      <translation>Algo guardado en tus datos no se pudo leer, así que «%1» no se pudo abrir. No se ha cambiado ni eliminado nada, y las demás pestañas funcionan con normalidad.

Puedes recuperar una copia de seguridad de antes del problema, o guardar en un archivo todo lo que todavía se pueda leer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" />
      <source>This part cannot be shown right now</source>
      <translation>Esta parte no se puede mostrar ahora mismo</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (%2 % to %3 %)</source>
      <translation>%1 (%2 % a %3 %)</translation>
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
        <numerusform>%1 (%2 en %n día)</numerusform>
        <numerusform>%1 (%2 en %n días)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 (%n spasms)</source>
      <extracomment>A count. English: %1 (%n spasm) / %1 (%n spasms)</extracomment>
      <translation>
        <numerusform>%1 (%n espasmo)</numerusform>
        <numerusform>%1 (%n espasmos)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (from %n check-ins)</source>
      <extracomment>A count. English: %1 (from %n check-in) / %1 (from %n check-ins)</extracomment>
      <translation>
        <numerusform>%1 (de %n registro diario)</numerusform>
        <numerusform>%1 (de %n registros diarios)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (from %n spasms)</source>
      <extracomment>A count. English: %1 (from %n spasm) / %1 (from %n spasms)</extracomment>
      <translation>
        <numerusform>%1 (de %n espasmo)</numerusform>
        <numerusform>%1 (de %n espasmos)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (noted on %n spasms)</source>
      <extracomment>A count. English: %1 (noted on %n spasm) / %1 (noted on %n spasms)</extracomment>
      <translation>
        <numerusform>%1 (anotado en %n espasmo)</numerusform>
        <numerusform>%1 (anotado en %n espasmos)</numerusform>
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
        <numerusform>%1 min (de %n vez)</numerusform>
        <numerusform>%1 min (de %n veces)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%1 of %n days</source>
      <extracomment>A count. English: %1 of %n day / %1 of %n days</extracomment>
      <translation>
        <numerusform>%1 de %n día</numerusform>
        <numerusform>%1 de %n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%1 of %n tracked days</source>
      <extracomment>A count. English: %1 of %n tracked day / %1 of %n tracked days</extracomment>
      <translation>
        <numerusform>%1 de %n día con datos</numerusform>
        <numerusform>%1 de %n días con datos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 point</source>
      <translation>%1 punto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 points</source>
      <translation>%1 puntos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 with it: %2; %3 without: %4</source>
      <translation>%1 con ello: %2; %3 sin ello: %4</translation>
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
        <numerusform>%1, %2:00–%3:00: %n espasmo</numerusform>
        <numerusform>%1, %2:00–%3:00: %n espasmos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %2 minutes in %n sessions</source>
      <extracomment>A count. English: %1: %2 minutes in %n session / %1: %2 minutes in %n sessions</extracomment>
      <translation>
        <numerusform>%1: %2 minutos en %n sesión</numerusform>
        <numerusform>%1: %2 minutos en %n sesiones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %2 of %n breaks taken; %3</source>
      <extracomment>A count. English: %1: %2 of %n break taken; %3 / %1: %2 of %n breaks taken; %3</extracomment>
      <translation>
        <numerusform>%1: %2 de %n descanso tomado; %3</numerusform>
        <numerusform>%1: %2 de %n descansos tomados; %3</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %n spasms</source>
      <extracomment>A count. English: %1: %n spasm / %1: %n spasms</extracomment>
      <translation>
        <numerusform>%1: %n espasmo</numerusform>
        <numerusform>%1: %n espasmos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %n spasms, 7-day average %2</source>
      <extracomment>A count. English: %1: %n spasm, 7-day average %2 / %1: %n spasms, 7-day average %2</extracomment>
      <translation>
        <numerusform>%1: %n espasmo, media de 7 días %2</numerusform>
        <numerusform>%1: %n espasmos, media de 7 días %2</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: no record at all</source>
      <translation>%1: ningún dato</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1: not enough data yet (at least %2 days on each side).</source>
      <translation>%1: aún no hay datos suficientes (al menos %2 días en cada lado).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1: noted on %n spasms</source>
      <extracomment>A count. English: %1: noted on %n spasm / %1: noted on %n spasms</extracomment>
      <translation>
        <numerusform>%1: anotado en %n espasmo</numerusform>
        <numerusform>%1: anotado en %n espasmos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>%1: the numbers</source>
      <translation>%1: las cifras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1: too few ratings to say yet (%2 needed)</source>
      <translation>%1: aún hay muy pocas valoraciones para decir algo (hacen falta %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1× (%2 to %3); %4</source>
      <translation>%1× (%2 a %3); %4</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>%Ln check-ins</source>
      <extracomment>A count. English: %Ln check-in / %Ln check-ins</extracomment>
      <translation>
        <numerusform>%Ln registro diario</numerusform>
        <numerusform>%Ln registros diarios</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>%Ln spasms</source>
      <extracomment>A count. English: %Ln spasm / %Ln spasms</extracomment>
      <translation>
        <numerusform>%Ln espasmo</numerusform>
        <numerusform>%Ln espasmos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n check-in days</source>
      <extracomment>A count. English: %n check-in day / %n check-in days</extracomment>
      <translation>
        <numerusform>%n día con registro diario</numerusform>
        <numerusform>%n días con registro diario</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n days</source>
      <extracomment>A count. English: %n day / %n days</extracomment>
      <translation>
        <numerusform>%n día</numerusform>
        <numerusform>%n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</source>
      <extracomment>A count. English: %n day without any record is left out of these numbers: it is not known whether it had spasms, so it is not counted as a day without them. / %n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</extracomment>
      <translation>
        <numerusform>Se deja fuera de estas cifras %n día sin ningún dato: no se sabe si tuvo espasmos, así que no se cuenta como un día sin ellos.</numerusform>
        <numerusform>Se dejan fuera de estas cifras %n días sin ningún dato: no se sabe si tuvieron espasmos, así que no se cuentan como días sin ellos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n spasms</source>
      <extracomment>A count. English: %n spasm / %n spasms</extracomment>
      <translation>
        <numerusform>%n espasmo</numerusform>
        <numerusform>%n espasmos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%n spasms on the following days</source>
      <extracomment>A count. English: %n spasm on the following days / %n spasms on the following days</extracomment>
      <translation>
        <numerusform>%n espasmo en los días siguientes</numerusform>
        <numerusform>%n espasmos en los días siguientes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%n spasms the next day</source>
      <extracomment>A count. English: %n spasm the next day / %n spasms the next day</extracomment>
      <translation>
        <numerusform>%n espasmo al día siguiente</numerusform>
        <numerusform>%n espasmos al día siguiente</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n tracked days</source>
      <extracomment>A count. English: %n tracked day / %n tracked days</extracomment>
      <translation>
        <numerusform>%n día con datos</numerusform>
        <numerusform>%n días con datos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;From</source>
      <translation>&amp;Desde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Open the report</source>
      <translation>&amp;Abrir el informe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Paper</source>
      <translation>&amp;Papel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Periodo:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;To</source>
      <translation>&amp;Hasta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>1 time as many means no difference. "Could be chance" means the difference does not stand out once all your triggers are looked at together. A trigger needs at least %1 check-in days with it and %1 without before a number is shown.</source>
      <translation>1 vez más significa que no hay diferencia. «Podría ser casualidad» significa que la diferencia no destaca cuando se miran todos tus desencadenantes juntos. Un desencadenante necesita al menos %1 días de registro diario con él y %1 sin él antes de mostrar una cifra.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>7-day average</source>
      <translation>Media de 7 días</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>; could be chance</source>
      <translation>; podría ser casualidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>A PDF summary of your spasms, check-ins, what helped and your medication log, to bring to your doctor or therapist. It stays on this computer until you share it.</source>
      <translation>Un resumen en PDF de tus espasmos, registros diarios, lo que te ayudó y tus medicamentos, para llevar a tu médico o terapeuta. Se queda en este equipo hasta que tú lo compartas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>About %1 times as many (%2 to %3).</source>
      <translation>Unas %1 veces más (%2 a %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>After the days with the most breaks taken (%1 days), %2 spasms the next day on average; after the days with the fewest (%3 days), %4.</source>
      <translation>Después de los días con más descansos tomados (%1 días), %2 espasmos de media al día siguiente; después de los días con menos (%3 días), %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>After the days with the most breaks taken (%1 days): %2 spasms the next day on average; after the days with the fewest (%3 days): %4.</source>
      <translation>Después de los días con más descansos tomados (%1 días): %2 espasmos de media al día siguiente; después de los días con menos (%3 días): %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Anything you want your provider to read first (optional)</source>
      <translation>Lo que quieras que tu médico lea primero (opcional)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Average</source>
      <translation>Media</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Body map of where spasms happen</source>
      <translation>Mapa del cuerpo de dónde aparecen los espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks</source>
      <translation>Descansos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Breaks and spasms</source>
      <translation>Descansos y espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Breaks and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Descansos y espasmos: aún no hay datos suficientes (al menos %1 días en cada lado).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks due</source>
      <translation>Descansos previstos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks taken</source>
      <translation>Descansos tomados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks taken (dark) of breaks due (light) each day, and the spasms of the next day as a line.</source>
      <translation>Descansos tomados (oscuro) de los descansos previstos (claro) cada día, y los espasmos del día siguiente como una línea.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Change</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Change (95 % range)</source>
      <translation>Cambio (rango del 95 %)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Charts</source>
      <translation>Gráficos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Check-in</source>
      <translation>Registro diario</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Check-in 0–10</source>
      <translation>Registro diario 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Check-in averages</source>
      <translation>Medias del registro diario</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Check-ins per day (0–10, 10 is best)</source>
      <translation>Registros diarios por día (0–10, 10 es lo mejor)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Check-ins per week (averages, 0–10, 10 is best)</source>
      <translation>Registros diarios por semana (medias, 0–10, 10 es lo mejor)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Choose dates…</source>
      <translation>Elegir fechas…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>Could not save the picture</source>
      <translation>No se pudo guardar la imagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Count</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Daily check-ins</source>
      <translation>Registros diarios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Days</source>
      <translation>Días</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Days tracked</source>
      <translation>Días con datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Days with at least one spasm</source>
      <translation>Días con al menos un espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Drawing the charts…</source>
      <translation>Dibujando los gráficos…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Each kind's share of the spasms in this period.</source>
      <translation>La parte de los espasmos de este periodo que corresponde a cada tipo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Each square is one hour of one weekday; the darker it is, the more spasms started then.</source>
      <translation>Cada cuadro es una hora de un día de la semana; cuanto más oscuro, más espasmos empezaron entonces.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Each week's typical (median) and worst intensity, and how long spasms typically lasted and how long you took to recover.</source>
      <translation>La intensidad típica (mediana) y la peor de cada semana, y cuánto duraron normalmente los espasmos y cuánto tardaste en recuperarte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Energy</source>
      <translation>Energía</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Energy (0–10, 10 = lots)</source>
      <translation>Energía (0–10, 10 = mucha)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Everything</source>
      <translation>Todo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Fibro Desktop, self-tracked record · page %1 of %2</source>
      <translation>Fibro Desktop, historial anotado por mí · página %1 de %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>First day of the report</source>
      <translation>Primer día del informe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>First day shown</source>
      <translation>Primer día mostrado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>First four weeks</source>
      <translation>Primeras cuatro semanas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>First weeks</source>
      <translation>Primeras semanas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>First – last</source>
      <translation>Primero – último</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>From your daily check-ins (10 is best), with your spasms below on the same dates.</source>
      <translation>De tus registros diarios (10 es lo mejor), con tus espasmos debajo en las mismas fechas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Glasses of water</source>
      <translation>Vasos de agua</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Hour of the day</source>
      <translation>Hora del día</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Hours of sleep</source>
      <translation>Horas de sueño</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>How it went</source>
      <translation>Cómo fue</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>How many spasms you logged, with a 7-day average per tracked day (days without any record are left out, not counted as days without spasms). Medications and supplements you took are marked in the strip below.</source>
      <translation>Cuántos espasmos anotaste, con una media de 7 días por día con datos (los días sin ningún dato se dejan fuera, no se cuentan como días sin espasmos). Los medicamentos y suplementos que tomaste aparecen marcados en la franja de abajo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>How often each muscle group was involved. One spasm can involve several groups.</source>
      <translation>Con qué frecuencia participó cada grupo muscular. Un espasmo puede afectar a varios grupos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>How often each thing you tried during a spasm helped (fully or a little), out of the times you rated it. The range in brackets is where the true share probably lies; the list is ordered by its lower end, so many ratings count for more than a few lucky ones.</source>
      <translation>Con qué frecuencia ayudó cada cosa que probaste durante un espasmo (del todo o un poco), de las veces que la valoraste. El rango entre paréntesis es donde probablemente está la proporción real; la lista se ordena por su extremo inferior, así que muchas valoraciones cuentan más que unas pocas con suerte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>How often it helped</source>
      <translation>Con qué frecuencia ayudó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>How often what was tried during a spasm helped (fully or a little), with its 95 % range; ranked by the lower end of that range. Fewer than %1 ratings are too few to say.</source>
      <translation>Con qué frecuencia ayudó lo que se probó durante un espasmo (del todo o un poco), con su rango del 95 %; ordenado por el extremo inferior de ese rango. Menos de %1 valoraciones son demasiado pocas para decir algo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>How to read this</source>
      <translation>Cómo leer esto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Intensity 0–10</source>
      <translation>Intensidad 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Intensity, length and recovery</source>
      <translation>Intensidad, duración y recuperación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Kind of spasm</source>
      <translation>Tipo de espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Kinds and places</source>
      <translation>Tipos y lugares</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Kinds of spasm</source>
      <translation>Tipos de espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 12 months</source>
      <translation>Últimos 12 meses</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 30 days</source>
      <translation>Últimos 30 días</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 7 days</source>
      <translation>Últimos 7 días</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 90 days</source>
      <translation>Últimos 90 días</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Last day of the report</source>
      <translation>Último día del informe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Last day shown</source>
      <translation>Último día mostrado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Last four weeks</source>
      <translation>Últimas cuatro semanas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Last weeks</source>
      <translation>Últimas semanas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Make a PDF report for your provider</source>
      <translation>Crear un informe en PDF para tu médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Making your report…</source>
      <translation>Preparando tu informe…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Measure</source>
      <translation>Medida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Measuring the difference</source>
      <translation>Medir la diferencia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Measuring the difference compares the first %1 days of this period that have records with its last %1 days. It needs at least %2 tracked days in each, and the two must not overlap. Not enough data yet.</source>
      <translation>Medir la diferencia compara los primeros %1 días con datos de este periodo con sus últimos %1 días. Necesita al menos %2 días con datos en cada parte, y las dos no deben solaparse. Aún no hay datos suficientes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Measuring the difference compares the first %1 days with the last %1 days of the period shown, up to the last day you recorded. The two must not overlap, so this needs about two months of record in the period. Not enough data yet. Choosing "Everything" compares the start and the end of your whole record.</source>
      <translation>Medir la diferencia compara los primeros %1 días con los últimos %1 días del periodo mostrado, hasta el último día que anotaste. Las dos partes no deben solaparse, así que hacen falta unos dos meses de datos en el periodo. Aún no hay datos suficientes. Si eliges «Todo», se comparan el principio y el final de todo tu historial.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Medications and supplements</source>
      <translation>Medicamentos y suplementos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Minutes</source>
      <translation>Minutos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Minutes of relaxation audio you listened to each day, and how much your tension eased on average (before minus after, 0–10) when you rated it.</source>
      <translation>Minutos de audio de relajación que escuchaste cada día, y cuánto bajó tu tensión de media (antes menos después, 0–10) cuando la valoraste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Mobility</source>
      <translation>Movilidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Mobility (0–10)</source>
      <translation>Movilidad (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Mobility (0–10, 10 = moves freely)</source>
      <translation>Movilidad (0–10, 10 = te mueves sin dificultad)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Mood</source>
      <translation>Estado de ánimo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Mood (0–10)</source>
      <translation>Estado de ánimo (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Mood (0–10, 10 = good)</source>
      <translation>Estado de ánimo (0–10, 10 = bueno)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Muscle group</source>
      <translation>Grupo muscular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>My notes for you</source>
      <translation>Mis notas para ti</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Next day</source>
      <translation>Día siguiente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No breaks recorded in this period. When the break timer in the Pacing tab runs, your breaks appear here.</source>
      <translation>No hay descansos en este periodo. Cuando funciona el temporizador de descansos de la pestaña Ritmo, tus descansos aparecen aquí.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No breaks were timed in this period.</source>
      <translation>En este periodo no se cronometró ningún descanso.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>No check-ins in this period.</source>
      <translation>No hay registros diarios en este periodo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No check-ins in this period. A short daily check-in in the Journal lets you see sleep, mood and energy beside your spasms.</source>
      <translation>No hay registros diarios en este periodo. Un breve registro diario en el Diario te deja ver el sueño, el ánimo y la energía junto a tus espasmos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>No clear difference (%1 to %2 times as many).</source>
      <translation>No hay una diferencia clara (%1 a %2 veces más).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>No muscle groups noted in this period. When you tap where a spasm is, it appears here.</source>
      <translation>No hay grupos musculares anotados en este periodo. Cuando marcas dónde está un espasmo, aparece aquí.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>No program to show PDF files was found on this computer. Your report is saved as %1 in the folder %2.</source>
      <translation>No se encontró en este equipo ningún programa para ver archivos PDF. Tu informe está guardado como %1 en la carpeta %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>No record at all %1: left blank in the chart, not counted as time without spasms.</source>
      <translation>Ningún dato %1: se deja en blanco en el gráfico, no se cuenta como tiempo sin espasmos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No relaxation sessions in this period.</source>
      <translation>No hay sesiones de relajación en este periodo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No relaxation sessions in this period. Sessions you listen to in the Relax tab appear here.</source>
      <translation>No hay sesiones de relajación en este periodo. Las sesiones que escuchas en la pestaña Relajación aparecen aquí.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No spasms logged in this period, so there is nothing to measure yet.</source>
      <translation>No hay espasmos anotados en este periodo, así que aún no hay nada que medir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>No spasms logged in this period.</source>
      <translation>No hay espasmos anotados en este periodo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No spasms logged in this period. When you log them in the Journal, they appear here.</source>
      <translation>No hay espasmos anotados en este periodo. Cuando los anotes en el Diario, aparecerán aquí.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No triggers noted in a daily check-in in this period yet.</source>
      <translation>Aún no hay desencadenantes marcados en un registro diario de este periodo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>No triggers noted in this period yet.</source>
      <translation>Aún no hay desencadenantes anotados en este periodo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>None in this period.</source>
      <translation>Ninguno en este periodo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>None logged in this period.</source>
      <translation>Nada anotado en este periodo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Noted only on spasm entries:</source>
      <translation>Anotados solo en entradas de espasmo:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Nothing to chart yet. As you log spasms and daily check-ins in the Journal, your charts and insights build up here. A week or two is enough to start seeing patterns.</source>
      <translation>Aún no hay nada que mostrar. A medida que anotes espasmos y registros diarios en el Diario, tus gráficos y observaciones se irán formando aquí. Con una o dos semanas basta para empezar a ver patrones.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Nothing tried has been noted in this period yet.</source>
      <translation>Aún no se ha anotado nada probado en este periodo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Overall pain (0–10, 10 = worst)</source>
      <translation>Dolor general (0–10, 10 = el peor)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>PDF document (*.pdf)</source>
      <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>PNG picture (*.png)</source>
      <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Pacing and relaxation</source>
      <translation>Ritmo y relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Pacing, relaxation and spasms</source>
      <translation>Ritmo, relajación y espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Pale bars: weeks with fewer than 7 tracked days (cut by the period's start or end, or partly tracked); their spasms per week are worked out from the days tracked, so they rest on fewer days.</source>
      <translation>Barras claras: semanas con menos de 7 días con datos (cortadas por el inicio o el final del periodo, o con datos solo en parte); sus espasmos por semana se calculan a partir de los días con datos, así que se basan en menos días.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Paper size</source>
      <translation>Tamaño del papel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Per 7 tracked days</source>
      <translation>Por cada 7 días con datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Period problem</source>
      <translation>Problema con el periodo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Period shown</source>
      <translation>Periodo mostrado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Period: %1 to %2 (%3). Made on %4.</source>
      <translation>Periodo: %1 a %2 (%3). Hecho el %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Possible triggers</source>
      <translation>Posibles desencadenantes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Provider report</source>
      <translation>Informe para tu médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Provider report…</source>
      <translation>Informe para tu médico…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Reading your records…</source>
      <translation>Leyendo tus datos…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Recovery</source>
      <translation>Recuperación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Relaxation</source>
      <translation>Relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Relaxation and spasms</source>
      <translation>Relajación y espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Relaxation and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Relajación y espasmos: aún no hay datos suficientes (al menos %1 días en cada lado).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Relief</source>
      <translation>Alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Report saved</source>
      <translation>Informe guardado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Same day</source>
      <translation>Mismo día</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Save PDF…</source>
      <translation>Guardar PDF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Save as picture…</source>
      <translation>Guardar como imagen…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>Save chart as picture</source>
      <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Save the chart %1 as a picture</source>
      <translation>Guardar el gráfico %1 como imagen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Save the report</source>
      <translation>Guardar el informe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Share (%)</source>
      <translation>Proporción (%)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show as chart</source>
      <translation>Mostrar como gráfico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show as table</source>
      <translation>Mostrar como tabla</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show the chart %1 as a table</source>
      <translation>Mostrar el gráfico %1 como tabla</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Side effects noted</source>
      <translation>Efectos secundarios anotados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Skipped</source>
      <translation>Dosis omitidas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sleep quality</source>
      <translation>Calidad del sueño</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Sleep quality (0–10)</source>
      <translation>Calidad del sueño (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Sleep quality (0–10, 10 = slept well)</source>
      <translation>Calidad del sueño (0–10, 10 = dormí bien)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sleep, mood, energy and mobility</source>
      <translation>Sueño, ánimo, energía y movilidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Spasm record for my provider</source>
      <translation>Historial de espasmos para mi médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Spasms</source>
      <translation>Espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms logged</source>
      <translation>Espasmos anotados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms next day</source>
      <translation>Espasmos al día siguiente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Spasms on days when a trigger was ticked in the daily check-in, against check-in days without it (same day, and the day after), adjusted for the stage of the record and the other triggers. 1× means no difference; the range shows what else fits the record. These are patterns, not causes.</source>
      <translation>Espasmos en los días en que se marcó un desencadenante en el registro diario, frente a los días de registro sin él (el mismo día y el día después), ajustados por la etapa del historial y los demás desencadenantes. 1× significa que no hay diferencia; el rango muestra qué más encaja con los datos. Son patrones, no causas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Spasms on days you ticked a trigger in your daily check-in, compared with days you did not (from %1). Same day: spasms that day; next day: spasms the day after. Each number is adjusted for the time of year and for your other triggers, that day's and the day before's; the range in brackets is where the true number probably lies.</source>
      <translation>Espasmos en los días en que marcaste un desencadenante en tu registro diario, comparados con los días en que no lo marcaste (desde %1). Mismo día: espasmos ese día; día siguiente: espasmos el día después. Cada cifra está ajustada por la época del año y por tus otros desencadenantes, los de ese día y los del día anterior; el rango entre paréntesis es donde probablemente está la cifra real.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms on the following days</source>
      <translation>Espasmos en los días siguientes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms over time</source>
      <translation>Espasmos a lo largo del tiempo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per day</source>
      <translation>Espasmos por día</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Spasms per tracked day</source>
      <translation>Espasmos por día con datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms per week</source>
      <translation>Espasmos por semana</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per week (over tracked days)</source>
      <translation>Espasmos por semana (sobre los días con datos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per week, over the days tracked</source>
      <translation>Espasmos por semana, sobre los días con datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms the next day</source>
      <translation>Espasmos al día siguiente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Stress (0–10, 10 = worst)</source>
      <translation>Estrés (0–10, 10 = el peor)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Taken</source>
      <translation>Tomados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Taken on</source>
      <translation>Tomado durante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Tension eased</source>
      <translation>Tensión aliviada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Tension eased (average)</source>
      <translation>Tensión aliviada (media)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>The day after a relaxation session (%1 days): %2 spasms on average; the day after a day without one (%3 days): %4.</source>
      <translation>El día después de una sesión de relajación (%1 días): %2 espasmos de media; el día después de un día sin sesión (%3 días): %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>The first day must come before the last.</source>
      <translation>El primer día tiene que ir antes que el último.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>The first four weeks of the period shown (%1 – %2: %3, %4) against its last four weeks (%5 – %6: %7, %8), up to the last day you recorded. A tracked day is a day you wrote something in your journal.</source>
      <translation>Las primeras cuatro semanas del periodo mostrado (%1 – %2: %3, %4) frente a sus últimas cuatro semanas (%5 – %6: %7, %8), hasta el último día que anotaste. Un día con datos es un día en que escribiste algo en tu diario.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>The first four weeks of this period that have records (%1 to %2, %3 tracked days) against its last four weeks (%4 to %5, %6 tracked days). A change is named only when its 95 % range leaves out “no change”; otherwise it says “no clear change”.</source>
      <translation>Las primeras cuatro semanas de este periodo que tienen datos (%1 a %2, %3 días con datos) frente a sus últimas cuatro semanas (%4 a %5, %6 días con datos). Solo se indica un cambio cuando su rango del 95 % deja fuera «ningún cambio»; si no, dice «ningún cambio claro».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>The report could not be saved</source>
      <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>The report could not be written to %1. Please choose another place and try again.</source>
      <translation>No se pudo escribir el informe en %1. Elige otro lugar y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>These are patterns in your own record, not causes. Talk them over with your doctor or care team before changing anything.</source>
      <translation>Son patrones en tus propios datos, no causas. Coméntalos con tu médico o tu equipo de salud antes de cambiar nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>These have no number: a trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong. To see how it goes with your spasms, tick it in your daily check-in on the days it happens.</source>
      <translation>Estos no tienen cifra: un desencadenante anotado en una entrada de espasmo siempre viene con un espasmo, así que comparar los días con él y sin él lo haría parecer fuerte. Para ver cómo se relaciona con tus espasmos, márcalo en tu registro diario los días en que ocurra.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>These were noted only on spasm entries, never in a daily check-in. A trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong: no ratio is shown.</source>
      <translation>Estos se anotaron solo en entradas de espasmo, nunca en un registro diario. Un desencadenante anotado en una entrada de espasmo siempre viene con un espasmo, así que comparar los días con él y sin él lo haría parecer fuerte: no se muestra ninguna proporción.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>This summary comes from a personal self-tracking app (Fibro Desktop). It is what I noted myself; it is not a diagnosis and the app is not a medical device.</source>
      <translation>Este resumen sale de una aplicación personal de autoseguimiento (Fibro Desktop). Es lo que anoté yo; no es un diagnóstico y la aplicación no es un producto sanitario.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Trigger</source>
      <translation>Desencadenante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Triggers</source>
      <translation>Desencadenantes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Typical intensity</source>
      <translation>Intensidad típica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical intensity (0–10)</source>
      <translation>Intensidad típica (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical intensity (median, 0–10)</source>
      <translation>Intensidad típica (mediana, 0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical length</source>
      <translation>Duración típica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical length (median)</source>
      <translation>Duración típica (mediana)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical recovery time</source>
      <translation>Tiempo típico de recuperación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical recovery time (median)</source>
      <translation>Tiempo típico de recuperación (mediana)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Typical time to relief</source>
      <translation>Tiempo típico hasta el alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Typical values are medians, with how many values each window has. A change is named only when its range leaves "no change" out; otherwise it says "no clear change": the windows differ by no more than everyday ups and downs could explain.</source>
      <translation>Los valores típicos son medianas, con cuántos valores tiene cada periodo. Solo se indica un cambio cuando su rango deja fuera «ningún cambio»; si no, dice «ningún cambio claro»: los periodos no difieren más de lo que explicarían los altibajos de cada día.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>US Letter</source>
      <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Usual amount</source>
      <translation>Cantidad habitual</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Value under the pointer</source>
      <translation>Valor bajo el puntero</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Warning signs noticed</source>
      <translation>Señales de alarma notadas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of</source>
      <translation>Semana del</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 minutes in %n sessions</source>
      <extracomment>A count. English: Week of %1: %2 minutes in %n session / Week of %1: %2 minutes in %n sessions</extracomment>
      <translation>
        <numerusform>Semana del %1: %2 minutos en %n sesión</numerusform>
        <numerusform>Semana del %1: %2 minutos en %n sesiones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 of %n breaks taken; %3</source>
      <extracomment>A count. English: Week of %1: %2 of %n break taken; %3 / Week of %1: %2 of %n breaks taken; %3</extracomment>
      <translation>
        <numerusform>Semana del %1: %2 de %n descanso tomado; %3</numerusform>
        <numerusform>Semana del %1: %2 de %n descansos tomados; %3</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 spasms</source>
      <translation>Semana del %1: %2 espasmos</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %n spasms, typical intensity %2, worst %3, typical length %4, recovery %5</source>
      <extracomment>A count. English: Week of %1: %n spasm, typical intensity %2, worst %3, typical length %4, recovery %5 / Week of %1: %n spasms, typical intensity %2, worst %3, typical length %4, recovery %5</extracomment>
      <translation>
        <numerusform>Semana del %1: %n espasmo, intensidad típica %2, la peor %3, duración típica %4, recuperación %5</numerusform>
        <numerusform>Semana del %1: %n espasmos, intensidad típica %2, la peor %3, duración típica %4, recuperación %5</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: no record at all</source>
      <translation>Semana del %1: ningún dato</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>What helped</source>
      <translation>Qué ayudó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>What was noticed</source>
      <translation>Qué se notó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>When spasms happen</source>
      <translation>Cuándo aparecen los espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>When you listen to sessions in the Relax tab, your listening appears here.</source>
      <translation>Cuando escuches sesiones en la pestaña Relajación, lo que escuches aparecerá aquí.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>When you use the break timer in the Pacing tab, your breaks appear here.</source>
      <translation>Cuando uses el temporizador de descansos de la pestaña Ritmo, tus descansos aparecerán aquí.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Where spasms happen</source>
      <translation>Dónde aparecen los espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Working out the insights…</source>
      <translation>Calculando las observaciones…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Worst intensity</source>
      <translation>Peor intensidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Worst intensity (0–10)</source>
      <translation>Peor intensidad (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Writing the PDF…</source>
      <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Writing the tables…</source>
      <translation>Escribiendo las tablas…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used Pacing (the break timer).</source>
      <translation>No has usado Ritmo (el temporizador de descansos).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used Relax (relaxation audio and breathing).</source>
      <translation>No has usado Relajación (audio de relajación y respiración).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used the daily check-in, where triggers are ticked for this comparison.</source>
      <translation>No has usado el registro diario, donde se marcan los desencadenantes para esta comparación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>You have not used the daily check-in.</source>
      <translation>No has usado el registro diario.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>You have not used the medication log.</source>
      <translation>No has usado el registro de medicamentos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Your note for the provider</source>
      <translation>Tu nota para el médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Your report is saved as %1 in the folder %2.</source>
      <translation>Tu informe está guardado como %1 en la carpeta %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 higher (%2 to %3 higher)</source>
      <translation>unos %1 más (%2 a %3 más)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 lower (%2 to %3 lower)</source>
      <translation>unos %1 menos (%2 a %3 menos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 points higher (%2 to %3 higher)</source>
      <translation>unos %1 puntos más (%2 a %3 más)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 points lower (%2 to %3 lower)</source>
      <translation>unos %1 puntos menos (%2 a %3 menos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 times as long (%2 to %3)</source>
      <translation>unas %1 veces más largo (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 times as many (%2 to %3 times)</source>
      <translation>unas %1 veces más (%2 a %3 veces)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 times as many spasms (%2 to %3)</source>
      <translation>unas %1 veces más espasmos (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>could be chance</source>
      <translation>podría ser casualidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>days with it: %1, without: %2</source>
      <translation>días con ello: %1, sin ello: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>fewer: about %1 times as many (%2 to %3)</source>
      <translation>menos: unas %1 veces más (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>from %1 to %2</source>
      <translation>del %1 al %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>helped %1 of %n times</source>
      <extracomment>A count. English: helped %1 of %n time / helped %1 of %n times</extracomment>
      <translation>
        <numerusform>ayudó %1 de %n vez</numerusform>
        <numerusform>ayudó %1 de %n veces</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>helped %1 of %n times (%2 % to %3 %)</source>
      <extracomment>A count. English: helped %1 of %n time (%2 % to %3 %) / helped %1 of %n times (%2 % to %3 %)</extracomment>
      <translation>
        <numerusform>ayudó %1 de %n vez (%2 % a %3 %)</numerusform>
        <numerusform>ayudó %1 de %n veces (%2 % a %3 %)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>helped %1, a little %2, not %3</source>
      <translation>ayudó %1, un poco %2, no %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>how to read: %1</source>
      <translation>cómo leer: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>length</source>
      <translation>duración</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>longer: about %1 times as long (%2 to %3)</source>
      <translation>más largos: unas %1 veces más largo (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>mobility</source>
      <translation>movilidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>mood</source>
      <translation>estado de ánimo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>more spasms now (none in the first weeks)</source>
      <translation>más espasmos ahora (ninguno en las primeras semanas)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>more: about %1 times as many (%2 to %3)</source>
      <translation>más: unas %1 veces más (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change</source>
      <translation>ningún cambio claro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no clear change (%1 to %2 points)</source>
      <translation>ningún cambio claro (%1 a %2 puntos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (%1 to %2 times as long)</source>
      <translation>ningún cambio claro (%1 a %2 veces más largo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (%1 to %2 times as many)</source>
      <translation>ningún cambio claro (%1 a %2 veces más)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no clear change (%1 to %2 times)</source>
      <translation>ningún cambio claro (%1 a %2 veces)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (between %1 lower and %2 higher)</source>
      <translation>ningún cambio claro (entre %1 menos y %2 más)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>no record</source>
      <translation>sin datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>no record that day</source>
      <translation>sin datos ese día</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>no record that week</source>
      <translation>sin datos esa semana</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no spasms in either window</source>
      <translation>ningún espasmo en ninguno de los dos periodos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no spasms in one of the two windows: no ratio</source>
      <translation>ningún espasmo en uno de los dos periodos: no hay proporción</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>not enough data yet</source>
      <translation>aún no hay datos suficientes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not enough data yet (%1 days with it, %2 without; %3 each needed)</source>
      <translation>aún no hay datos suficientes (%1 días con ello, %2 sin ello; hacen falta %3 de cada)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not enough data yet (%1)</source>
      <translation>aún no hay datos suficientes (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>not enough data yet (at least %1 tracked days in each)</source>
      <translation>aún no hay datos suficientes (al menos %1 días con datos en cada parte)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not rated yet</source>
      <translation>aún sin valorar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>on %1</source>
      <translation>el %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>only part of the week tracked</source>
      <translation>solo hay datos de parte de la semana</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>rated %n times: too few to say</source>
      <extracomment>A count. English: rated once: too few to say / rated %n times: too few to say</extracomment>
      <translation>
        <numerusform>valorado una vez: demasiado pocas para decir algo</numerusform>
        <numerusform>valorado %n veces: demasiado pocas para decir algo</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>recovery</source>
      <translation>recuperación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>right axis: intensity 0–10</source>
      <translation>eje derecho: intensidad 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>shorter: about %1 times as long (%2 to %3)</source>
      <translation>más cortos: unas %1 veces más largo (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>sleep quality</source>
      <translation>calidad del sueño</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>spasms per day (left axis)</source>
      <translation>espasmos por día (eje izquierdo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>spasms per week (left axis)</source>
      <translation>espasmos por semana (eje izquierdo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>stands out in your record</source>
      <translation>destaca en tus datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>that name is a folder</source>
      <translation>ese nombre es una carpeta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>that place cannot be written to</source>
      <translation>no se puede escribir en ese lugar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>the disk is full</source>
      <translation>el disco está lleno</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>the file could not be written</source>
      <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>too few to compare (%1 and %2 values; %3 each needed)</source>
      <translation>demasiado pocos para comparar (%1 y %2 valores; hacen falta %3 de cada)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>tried %n times, not rated</source>
      <extracomment>A count. English: tried once, not rated / tried %n times, not rated</extracomment>
      <translation>
        <numerusform>probado una vez, sin valorar</numerusform>
        <numerusform>probado %n veces, sin valorar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>typical</source>
      <translation>típica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>typical intensity</source>
      <translation>intensidad típica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>with it: %1, %2 · without: %3, %4</source>
      <translation>con ello: %1, %2 · sin ello: %3, %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>worst</source>
      <translation>la peor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>“Could be chance”: with several triggers and two windows, some ranges miss 1 by luck alone. Only a finding that stands out even after allowing for that goes without this mark.</source>
      <translation>«Podría ser casualidad»: con varios desencadenantes y dos periodos, algunos rangos no incluyen el 1 solo por suerte. Solo un resultado que destaca incluso teniendo eso en cuenta va sin esta marca.</translation>
    </message>
  </context>
  <context>
    <name>ChartsTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Charts</source>
      <translation>Gráficos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Make a PDF summary of a period to bring to your provider</source>
      <translation>Crear un resumen en PDF de un periodo para llevar a tu médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Provider &amp;report…</source>
      <translation>&amp;Informe para tu médico…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Trends, insights and the provider report</source>
      <translation>Tendencias, observaciones y el informe para tu médico</translation>
    </message>
  </context>
  <context>
    <name>CheckInForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>A minute for how the day went. Answer what you like and leave the rest blank; you can come back and change it.</source>
      <translation>Un minuto para ver cómo fue el día. Responde lo que quieras y deja el resto en blanco; puedes volver y cambiarlo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Anything else?</source>
      <translation>¿Algo más?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Calm</source>
      <translation>Calma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Choose the day this check-in is for.</source>
      <translation>Elige el día de este registro diario.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/daily_activities.py" />
      <source>Could you do your daily activities without interruption?</source>
      <translation>¿Pudiste hacer tus actividades diarias sin interrupciones?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Daily activities</source>
      <translation>Actividades diarias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Daily check-in</source>
      <translation>Registro diario</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Energy</source>
      <translation>Energía</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Exhausted</source>
      <translation>Agotamiento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Glasses of water</source>
      <translation>Vasos de agua</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Good</source>
      <translation>Bueno</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Hardly at all</source>
      <translation>Casi nada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Here is what you saved for %1. Change anything and save again.</source>
      <translation>Esto es lo que guardaste para el %1. Cambia lo que quieras y vuelve a guardar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Hours of sleep</source>
      <translation>Horas de sueño</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Lots of energy</source>
      <translation>Mucha energía</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Low</source>
      <translation>Bajo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Mood</source>
      <translation>Estado de ánimo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Moved freely</source>
      <translation>Sin dificultad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Moving about</source>
      <translation>Movilidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>No pain</source>
      <translation>Sin dolor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Not answered</source>
      <translation>Sin responder</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Not saved yet: please look at the note next to the field.</source>
      <translation>Aún no se ha guardado: mira la nota junto al campo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Overall pain</source>
      <translation>Dolor general</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Save check-in</source>
      <translation>Guardar registro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Save the check-in (Ctrl+Enter from anywhere in the form)</source>
      <translation>Guardar el registro (Ctrl+Enter desde cualquier parte del formulario)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Saved for %1. Thank you for checking in.</source>
      <translation>Guardado para el %1. Gracias por hacer tu registro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Sleep quality</source>
      <translation>Calidad del sueño</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Slept badly</source>
      <translation>Dormí mal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Slept well</source>
      <translation>Dormí bien</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Stress</source>
      <translation>Estrés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Very stressed</source>
      <translation>Mucho estrés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Weakness, numbness, fever or the like</source>
      <translation>Debilidad, entumecimiento, fiebre o algo parecido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>What happened that day</source>
      <translation>Qué pasó ese día</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>What you did</source>
      <translation>Qué hiciste</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Why a daily check-in helps</source>
      <translation>Por qué ayuda un registro diario</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Worst pain</source>
      <translation>Dolor más fuerte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Write the hours as a number, like 7.5 or 7:30.</source>
      <translation>Escribe las horas como un número, por ejemplo 7,5 o 7:30.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>for example 7.5 or 7:30</source>
      <translation>por ejemplo 7,5 o 7:30</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>for example a short walk, housework, desk work</source>
      <translation>por ejemplo un paseo corto, tareas de casa, trabajo de escritorio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>how spasms affect your day</source>
      <translation>cómo afectan los espasmos a tu día</translation>
    </message>
  </context>
  <context>
    <name>Cover</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Break, full screen</source>
      <translation>Descanso, pantalla completa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Ends this break now; it counts as skipped</source>
      <translation>Termina este descanso ahora; cuenta como saltado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>I need my &amp;screen</source>
      <translation>Necesito mi &amp;pantalla</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Time left</source>
      <translation>Tiempo restante</translation>
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
      <translation>%1 ya existe.

¿Reemplazarlo por esta exportación?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>%n check-ins</source>
      <extracomment>A count. English: %n check-in / %n check-ins</extracomment>
      <translation>
        <numerusform>%n registro diario</numerusform>
        <numerusform>%n registros diarios</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>%n episodes</source>
      <extracomment>A count. English: %n episode / %n episodes</extracomment>
      <translation>
        <numerusform>%n episodio</numerusform>
        <numerusform>%n episodios</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>%n recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</source>
      <extracomment>A count. English: %n recording came without its sound file: keep the …-audio.zip file beside the export and import again. / %n recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</extracomment>
      <translation>
        <numerusform>%n grabación llegó sin su archivo de sonido: deja el archivo …-audio.zip junto a la exportación y vuelve a importar.</numerusform>
        <numerusform>%n grabaciones llegaron sin su archivo de sonido: deja el archivo …-audio.zip junto a la exportación y vuelve a importar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>%n recordings were brought into your audio folder.</source>
      <extracomment>A count. English: %n recording was brought into your audio folder. / %n recordings were brought into your audio folder.</extracomment>
      <translation>
        <numerusform>Se trajo %n grabación a tu carpeta de audio.</numerusform>
        <numerusform>Se trajeron %n grabaciones a tu carpeta de audio.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>&amp;Back up now</source>
      <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>&amp;Backups and restore…</source>
      <translation>&amp;Copias de seguridad y restauración…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;From:</source>
      <translation>&amp;Desde:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>&amp;Import…</source>
      <translation>&amp;Importar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;JSON: one file with everything, to bring back into Fibro Desktop</source>
      <translation>&amp;JSON: un archivo con todo, para volver a cargarlo en Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Restore the latest good backup</source>
      <translation>&amp;Restaurar la última copia buena</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>&amp;Restore…</source>
      <translation>&amp;Restaurar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Save what can be read…</source>
      <translation>&amp;Guardar lo que se pueda leer…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;To:</source>
      <translation>&amp;Hasta:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>A copy of each backup also goes to: %1</source>
      <translation>También se guarda una copia de cada copia de seguridad en: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>After changes, at exit</source>
      <translation>Después de cambios, al salir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>An export is a copy of your data in an open format, to keep, to move to another computer, or to open in a spreadsheet. It stays where you save it; nothing is sent.</source>
      <translation>Una exportación es una copia de tus datos en un formato abierto, para guardarla, llevarla a otro equipo o abrirla en una hoja de cálculo. Se queda donde la guardes; no se envía nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Back up now</source>
      <translation>Hacer copia ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backup made and checked.</source>
      <translation>Copia hecha y comprobada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backup restored. Your data as it was before is kept as a backup too.</source>
      <translation>Copia restaurada. Tus datos tal como estaban antes también se guardan como copia.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Backups and restore</source>
      <translation>Copias de seguridad y restauración</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backups and restore…</source>
      <translation>Copias de seguridad y restauración…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Backups, newest first</source>
      <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before a passphrase change</source>
      <translation>Antes de un cambio de frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before a restore</source>
      <translation>Antes de una restauración</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before an import</source>
      <translation>Antes de una importación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before an update of your data</source>
      <translation>Antes de una actualización de tus datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>CSV in a &amp;folder: the same, as loose files</source>
      <translation>CSV en una &amp;carpeta: lo mismo, en archivos sueltos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>CSV in a &amp;zip: one table per file, for spreadsheets</source>
      <translation>CSV en un &amp;zip: una tabla por archivo, para hojas de cálculo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Cannot be read</source>
      <translation>No se puede leer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Choose &amp;folder…</source>
      <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Choose a second folder for copies of backups</source>
      <translation>Elige una segunda carpeta para las copias de las copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Choose an export to import</source>
      <translation>Elige una exportación para importar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Copies to a second folder (say, one your own sync service watches): off.</source>
      <translation>Copias en una segunda carpeta (por ejemplo, una que vigile tu propio servicio de sincronización): desactivado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Daily</source>
      <translation>Diaria</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Delete the backup from %1 (%2) for good?

Your data and your other backups are not touched.</source>
      <translation>¿Eliminar para siempre la copia del %1 (%2)?

Tus datos y tus otras copias no se tocan.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Details: %1</source>
      <translation>Detalles: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export (*%1)</source>
      <translation>Exportación (*%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export cancelled. Nothing was written.</source>
      <translation>Exportación cancelada. No se escribió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Export what can be read</source>
      <translation>Exportar lo que se pueda leer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Export your data</source>
      <translation>Exportar tus datos</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Exported %Ln entries from %1 tables to %2.</source>
      <extracomment>A count. English: Exported %Ln entry from %1 tables to %2. / Exported %Ln entries from %1 tables to %2.</extracomment>
      <translation>
        <numerusform>Se exportó %Ln entrada de %1 tablas a %2.</numerusform>
        <numerusform>Se exportaron %Ln entradas de %1 tablas a %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Exporting your data…</source>
      <translation>Exportando tus datos…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Fibro Desktop exports (*.json *.zip %1)</source>
      <translation>Exportaciones de Fibro Desktop (*.json *.zip %1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Fibro Desktop keeps a checked copy of your data every day you use it and after changes, for the last week, month and year. Backups made before an import, a restore, an update or a passphrase change are kept for 90 days, so you can always undo them. Your own recordings are kept with the backups too. Restoring a backup first saves your data as it is now, so nothing is lost.</source>
      <translation>Fibro Desktop guarda una copia comprobada de tus datos cada día que lo usas y después de cambios, de la última semana, el último mes y el último año. Las copias hechas antes de una importación, una restauración, una actualización o un cambio de frase de contraseña se guardan 90 días, para que siempre puedas deshacerlos. Tus propias grabaciones también se guardan con las copias. Al restaurar una copia, primero se guardan tus datos tal como están ahora, así que no se pierde nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Folder for copies of your backups</source>
      <translation>Carpeta para las copias de tus copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Folder to put the export folder in</source>
      <translation>Carpeta donde poner la carpeta de exportación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import %Ln entries from %1?

Entries you already have are recognised and skipped. Your data is backed up first.</source>
      <extracomment>A count. English: Import %Ln entry from %1?

Entries you already have are recognised and skipped. Your data is backed up first. / Import %Ln entries from %1?

Entries you already have are recognised and skipped. Your data is backed up first.</extracomment>
      <translation>
        <numerusform>¿Importar %Ln entrada de %1?

Las entradas que ya tienes se reconocen y se saltan. Antes se hace una copia de tus datos.</numerusform>
        <numerusform>¿Importar %Ln entradas de %1?

Las entradas que ya tienes se reconocen y se saltan. Antes se hace una copia de tus datos.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import cancelled. Nothing was changed.</source>
      <translation>Importación cancelada. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Imported %Ln new entries; %1 were already there.</source>
      <extracomment>A count. English: Imported %Ln new entry; %1 were already there. / Imported %Ln new entries; %1 were already there.</extracomment>
      <translation>
        <numerusform>Se importó %Ln entrada nueva; %1 ya estaban.</numerusform>
        <numerusform>Se importaron %Ln entradas nuevas; %1 ya estaban.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Importing…</source>
      <translation>Importando…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Include my own &amp;recordings</source>
      <translation>Incluir mis propias &amp;grabaciones</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Latest good backup: %1, holding %2.</source>
      <translation>Última copia buena: %1, con %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Made by you</source>
      <translation>Hecha por ti</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Making a backup and checking it…</source>
      <translation>Haciendo una copia y comprobándola…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>No backups yet. The first one is made today, or press “Back up now”.</source>
      <translation>Aún no hay copias. La primera se hace hoy, o pulsa «Hacer copia ahora».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Nothing could be read: %1</source>
      <translation>No se pudo leer nada: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Nothing could be saved: %1</source>
      <translation>No se pudo guardar nada: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Nothing was imported. %1</source>
      <translation>No se importó nada. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Nothing was imported: the recordings could not be copied (%1).</source>
      <translation>No se importó nada: no se pudieron copiar las grabaciones (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Only &amp;these days:</source>
      <translation>Solo es&amp;tos días:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Please choose a place outside the data folder: nothing is ever written there but your data itself.</source>
      <translation>Elige un lugar fuera de la carpeta de datos, por favor: ahí nunca se escribe nada más que tus propios datos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" />
      <source>Please wait</source>
      <translation>Espera, por favor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Re&amp;move…</source>
      <translation>&amp;Quitar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Remove the selected backup</source>
      <translation>Quitar la copia seleccionada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Remove this backup?</source>
      <translation>¿Quitar esta copia?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Replace your data by the backup from %1 (%2)?

Your data as it is now is saved as a backup first, so you can go back.</source>
      <translation>¿Reemplazar tus datos por la copia del %1 (%2)?

Antes se guardan tus datos actuales como copia, para que puedas volver atrás.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Restore a backup</source>
      <translation>Restaurar una copia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Restore failed</source>
      <translation>No se pudo restaurar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Restore this backup?</source>
      <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>S&amp;top copying</source>
      <translation>&amp;Dejar de copiar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Save the export as</source>
      <translation>Guardar la exportación como</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Save what can be read as</source>
      <translation>Guardar lo que se pueda leer como</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Saved %Ln entries to %1.</source>
      <extracomment>A count. English: Saved %Ln entry to %1. / Saved %Ln entries to %1.</extracomment>
      <translation>
        <numerusform>Se guardó %Ln entrada en %1.</numerusform>
        <numerusform>Se guardaron %Ln entradas en %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Settings only, no entries yet</source>
      <translation>Solo la configuración, aún sin entradas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Start &amp;with no data (backups kept)</source>
      <translation>Empezar sin &amp;datos (se conservan las copias)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>The backup was removed.</source>
      <translation>Se quitó la copia.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>The export could not be written: %1</source>
      <translation>No se pudo escribir la exportación: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>The first day is after the last day. Please swap them.</source>
      <translation>El primer día es posterior al último. Cámbialos de orden, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>There is no good backup to go back to.</source>
      <translation>No hay ninguna copia buena a la que volver.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>These parts could not be read: %1.</source>
      <translation>No se pudieron leer estas partes: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>They are saved in a second file, …-audio.zip, beside the export. Keep the two together.</source>
      <translation>Se guardan en un segundo archivo, …-audio.zip, junto a la exportación. Conserva los dos juntos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>This place is inside Fibro Desktop's own data folder, where your data and its backups live. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Este lugar está dentro de la propia carpeta de datos de Fibro Desktop, donde viven tus datos y sus copias. No se escribió nada. Elige otro lugar, como tu carpeta Documentos, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>This place is inside Fibro Desktop's own data folder. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Este lugar está dentro de la propia carpeta de datos de Fibro Desktop. No se escribió nada. Elige otro lugar, como tu carpeta Documentos, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>What it holds</source>
      <translation>Qué contiene</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data could not be opened</source>
      <translation>No se pudieron abrir tus datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data could not be opened. It has not been changed. You can go back to your latest good backup, or save what can still be read to a file first.</source>
      <translation>No se pudieron abrir tus datos. No se han cambiado. Puedes volver a tu última copia buena, o guardar primero en un archivo lo que todavía se pueda leer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data file is damaged, perhaps by a crash of the computer or a problem with the disk. It has not been changed. You can go back to your latest good backup (the damaged file is kept aside, not deleted), or save what can still be read to a file first.</source>
      <translation>Tu archivo de datos está dañado, quizá por un cierre inesperado del equipo o un problema con el disco. No se ha cambiado. Puedes volver a tu última copia buena (el archivo dañado se aparta, no se elimina), o guardar primero en un archivo lo que todavía se pueda leer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data file is empty or missing, but backups of your data are here, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing has been changed. You can go back to your latest good backup.</source>
      <translation>Tu archivo de datos está vacío o no está, pero aquí hay copias de tus datos, así que no es un comienzo desde cero: probablemente los datos se perdieron por un cierre inesperado, un disco lleno o un servicio de sincronización. No se ha cambiado nada. Puedes volver a tu última copia buena.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data needs attention</source>
      <translation>Tus datos necesitan atención</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data was saved by a newer version of Fibro Desktop than this one. This version cannot safely change it, so it has not touched it. Please install the newer version again; or, to go on with this one, restore an earlier backup.</source>
      <translation>Tus datos se guardaron con una versión de Fibro Desktop más nueva que esta. Esta versión no puede cambiarlos con seguridad, así que no los ha tocado. Vuelve a instalar la versión más nueva; o, para seguir con esta, restaura una copia anterior.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Your recordings are in %1 beside it; keep the two files together.</source>
      <translation>Tus grabaciones están en %1, a su lado; conserva los dos archivos juntos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>field %1</source>
      <translation>campo %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>row %1</source>
      <translation>fila %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>table %1</source>
      <translation>tabla %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>the disk is full.</source>
      <translation>el disco está lleno.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>this folder cannot be written to.</source>
      <translation>no se puede escribir en esta carpeta.</translation>
    </message>
  </context>
  <context>
    <name>DayChooser</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Day of this check-in</source>
      <translation>Día de este registro diario</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>It is just after midnight. Which day is this check-in for?</source>
      <translation>Es justo después de medianoche. ¿Para qué día es este registro?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Today, %1</source>
      <translation>Hoy, %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Yesterday, %1</source>
      <translation>Ayer, %1</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>1 tablet</source>
      <translation>1 comprimido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>2 capsules</source>
      <translation>2 cápsulas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Coat pocket</source>
      <translation>Bolsillo del abrigo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Desk drawer</source>
      <translation>Cajón del escritorio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Ice pack</source>
      <translation>Bolsa de hielo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Lemon ones taste best</source>
      <translation>Los de limón son los que mejor saben</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>Magnesium glycinate</source>
      <translation>Glicinato de magnesio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Magnesium spray</source>
      <translation>Spray de magnesio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>My prescribed muscle medicine</source>
      <translation>Mi medicamento recetado para los músculos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Office freezer</source>
      <translation>Congelador de la oficina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Refill on Sundays</source>
      <translation>Rellenar los domingos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Stand, roll your shoulders and look far away for a minute.</source>
      <translation>Ponte de pie, haz círculos con los hombros y mira a lo lejos durante un minuto.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Tennis ball for knots</source>
      <translation>Pelota de tenis para los nudos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Tuesdays and Thursdays</source>
      <translation>Martes y jueves</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Walk to the window</source>
      <translation>Camina hasta la ventana</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Work bag</source>
      <translation>Bolsa del trabajo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>drowsy</source>
      <translation>somnolencia</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Fibro Desktop is not a medical device and does not diagnose anything. It helps you keep notes and habits. Always talk to your doctor or care team about your symptoms and before changing any treatment.</source>
      <translation>Fibro Desktop no es un producto sanitario y no diagnostica nada. Te ayuda a llevar notas y hábitos. Habla siempre con tu médico o tu equipo de salud sobre tus síntomas y antes de cambiar cualquier tratamiento.</translation>
    </message>
  </context>
  <context>
    <name>DoseLogger</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Amount</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Did it help?</source>
      <translation>¿Ayudó?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Log a dose</source>
      <translation>Anotar una dosis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Log a dose: %1</source>
      <translation>Anotar una dosis: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Not said</source>
      <translation>Sin indicar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Now</source>
      <translation>Ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Save dose</source>
      <translation>Guardar dosis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Set the time to now</source>
      <translation>Poner la hora actual</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Side effects</source>
      <translation>Efectos secundarios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Skipped</source>
      <translation>Omitida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Taken</source>
      <translation>Tomada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Taken or skipped</source>
      <translation>Tomada u omitida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Time taken</source>
      <translation>Hora de la toma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>anything you noticed, for example drowsiness</source>
      <translation>cualquier cosa que notaras, por ejemplo somnolencia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>as you write it</source>
      <translation>como tú lo escribes</translation>
    </message>
  </context>
  <context>
    <name>Encryption</name>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>%1 older backups were left as they were (made with another passphrase, or kept unencrypted as you asked).</source>
      <translation>%1 copias de seguridad antiguas se dejaron como estaban (hechas con otra frase de contraseña, o guardadas sin cifrar como pediste).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Change passphrase</source>
      <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Keep an unencrypted copy of my data as a backup</source>
      <translation>&amp;Guardar una copia sin cifrar de mis datos como copia de seguridad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Open</source>
      <translation>&amp;Abrir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Protect my data</source>
      <translation>&amp;Proteger mis datos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>&amp;Protect with a passphrase…</source>
      <translation>&amp;Proteger con una frase de contraseña…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Remove protection</source>
      <translation>&amp;Quitar la protección</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Repeat it:</source>
      <translation>&amp;Repítela:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Show passphrase</source>
      <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Show passphrases</source>
      <translation>&amp;Mostrar las frases de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>A backup of your data could not be made first, so nothing was changed: %1</source>
      <translation>No se pudo hacer antes una copia de tus datos, así que no se cambió nada: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>An unencrypted copy can be read by anyone who can open your files, so it undoes the protection; it is only a safety net for a forgotten passphrase. Without it, your existing backups are encrypted too. Copies already in a second backup folder, and exports, are not changed.</source>
      <translation>Cualquiera que pueda abrir tus archivos puede leer una copia sin cifrar, así que anula la protección; solo es una red de seguridad por si olvidas la frase de contraseña. Sin ella, tus copias de seguridad actuales también se cifran. Las copias que ya estén en una segunda carpeta de copias, y las exportaciones, no cambian.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>C&amp;hange passphrase…</source>
      <translation>C&amp;ambiar la frase de contraseña…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>C&amp;urrent passphrase:</source>
      <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Change passphrase</source>
      <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Change your passphrase</source>
      <translation>Cambia tu frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Changing how your data is protected…</source>
      <translation>Cambiando cómo se protegen tus datos…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Current passphrase</source>
      <translation>Frase de contraseña actual</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Enter your passphrase</source>
      <translation>Escribe tu frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Fibro Desktop is changing how your data is protected.</source>
      <translation>Fibro Desktop está cambiando cómo se protegen tus datos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" />
      <source>If the passphrase is forgotten, this data cannot be opened again: it cannot be recovered or reset, by anyone. Write it down and keep it somewhere safe.</source>
      <translation>Si se olvida la frase de contraseña, estos datos no se podrán volver a abrir: nadie puede recuperarla ni restablecerla. Escríbela y guárdala en un lugar seguro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Is Caps Lock on, or is another keyboard layout active?</source>
      <translation>¿Está activado Bloq Mayús, o hay otra distribución de teclado activa?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Keep an unencrypted copy of my data as a backup</source>
      <translation>Guardar una copia sin cifrar de mis datos como copia de seguridad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Making a backup of your data first…</source>
      <translation>Haciendo primero una copia de tus datos…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" />
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>New passphrase</source>
      <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Please choose a passphrase of at least %1 characters; a few words make a good one.</source>
      <translation>Elige una frase de contraseña de al menos %1 caracteres, por favor; unas cuantas palabras sirven bien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Please enter your current passphrase.</source>
      <translation>Escribe tu frase de contraseña actual, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Please enter your passphrase.</source>
      <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Protect with a passphrase</source>
      <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Protect your data with a passphrase</source>
      <translation>Protege tus datos con una frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Remove passphrase p&amp;rotection…</source>
      <translation>&amp;Quitar la protección con frase de contraseña…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Remove protection</source>
      <translation>Quitar la protección</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Remove the passphrase protection</source>
      <translation>Quitar la protección con frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Repeat the new passphrase</source>
      <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Show passphrase</source>
      <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Show passphrases</source>
      <translation>Mostrar las frases de contraseña</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>That is not your current passphrase. Nothing was changed.</source>
      <translation>Esa no es tu frase de contraseña actual. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>That passphrase does not open your data. Nothing was changed; please try again.</source>
      <translation>Esa frase de contraseña no abre tus datos. No se cambió nada; vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>The new passphrase is the same as the current one.</source>
      <translation>La nueva frase de contraseña es igual que la actual.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>The two new passphrases are not the same.</source>
      <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>The unencrypted copy you asked for is kept at: %1</source>
      <translation>La copia sin cifrar que pediste está en: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your data and its backups will be encrypted again with the new passphrase.</source>
      <translation>Tus datos y sus copias de seguridad se volverán a cifrar con la nueva frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your data is no longer protected with a passphrase.</source>
      <translation>Tus datos ya no están protegidos con una frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your data is now protected with your passphrase.</source>
      <translation>Tus datos ya están protegidos con tu frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Your data is protected</source>
      <translation>Tus datos están protegidos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your journal and its backups will be encrypted on disk. Fibro Desktop will ask for the passphrase each time it starts. Settings and the log file stay unencrypted; they hold no journal entries. Exports you save are not encrypted.</source>
      <translation>Tu diario y sus copias de seguridad se cifrarán en el disco. Fibro Desktop te pedirá la frase de contraseña cada vez que se abra. La configuración y el archivo de registro técnico siguen sin cifrar; no contienen entradas del diario. Las exportaciones que guardes no se cifran.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your journal and its backups will be stored without encryption again, protected only by your computer account. Fibro Desktop will no longer ask for a passphrase.</source>
      <translation>Tu diario y sus copias de seguridad volverán a guardarse sin cifrar, protegidos solo por tu cuenta del equipo. Fibro Desktop ya no te pedirá una frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Your journal is encrypted with a passphrase you chose. Enter it to open your data.</source>
      <translation>Tu diario está cifrado con una frase de contraseña que elegiste. Escríbela para abrir tus datos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your passphrase is changed.</source>
      <translation>Tu frase de contraseña ha cambiado.</translation>
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
      <translation> min hasta el alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Activity</source>
      <translation>Actividad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Another thing you tried, in your own words</source>
      <translation>Otra cosa que probaste, con tus propias palabras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did %1 help?</source>
      <translation>%1: ¿ayudó?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did any of these come with it?</source>
      <translation>¿Vino acompañado de algo de esto?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did it help?</source>
      <translation>¿Ayudó?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Discard changes</source>
      <translation>Descartar los cambios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Effect on %1, 0 to 10</source>
      <translation>Efecto en: %1, de 0 a 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>For example: typing, climbing stairs</source>
      <translation>Por ejemplo: escribir en el teclado, subir escaleras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How long it lasted</source>
      <translation>Cuánto duró</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How long the spasm lasted, in minutes</source>
      <translation>Cuánto duró el espasmo, en minutos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How much it affected me (0 = not at all, 10 = a lot)</source>
      <translation>Cuánto me afectó (0 = nada, 10 = mucho)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>In one place: one muscle group.</source>
      <translation>En un solo lugar: un grupo muscular.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Intensity (0-10)</source>
      <translation>Intensidad (0-10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>It's still going</source>
      <translation>Todavía continúa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Keep editing</source>
      <translation>Seguir editando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Keep your changes?</source>
      <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Minutes until %1 eased it</source>
      <translation>%1: minutos hasta que alivió</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Mood</source>
      <translation>Estado de ánimo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Moving around</source>
      <translation>Moverme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Moving around: %1 muscle groups.</source>
      <translation>Se desplaza: %1 grupos musculares.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>New spasm entry</source>
      <translation>Nueva entrada de espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Not said</source>
      <translation>Sin indicar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Sleep</source>
      <translation>Sueño</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Something else I tried (your own words)</source>
      <translation>Otra cosa que probé (con tus palabras)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Spasm details</source>
      <translation>Detalles del espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Started</source>
      <translation>Empezó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Gracias por anotarlo. Señales como estas conviene consultarlas con un médico; si son repentinas o intensas, busca atención urgente.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Time until back to normal</source>
      <translation>Tiempo hasta volver a la normalidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Time until back to normal, in minutes</source>
      <translation>Tiempo hasta volver a la normalidad, en minutos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What I tried, and whether it helped</source>
      <translation>Lo que probé y si ayudó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What I was doing</source>
      <translation>Qué estaba haciendo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What came before it</source>
      <translation>Qué pasó antes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What do the kinds mean?</source>
      <translation>¿Qué significa cada tipo?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What it was</source>
      <translation>Qué fue</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What was going on</source>
      <translation>Qué estaba pasando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Where (click the body, or Tab to a place and press Space)</source>
      <translation>Dónde (haz clic en el cuerpo, o ve con Tab a un lugar y pulsa Espacio)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>You changed this entry. What would you like to do?</source>
      <translation>Has cambiado esta entrada. ¿Qué quieres hacer?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>a lot</source>
      <translation>mucho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>barely</source>
      <translation>apenas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>minutes to relief</source>
      <translation>minutos hasta el alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>not at all</source>
      <translation>nada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>not sure</source>
      <translation>no lo sé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>the kinds of spasm</source>
      <translation>los tipos de espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>worst</source>
      <translation>la peor</translation>
    </message>
  </context>
  <context>
    <name>EpisodeTimelineModel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>details can be added</source>
      <translation>se pueden añadir detalles</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>intensity %1 of 10</source>
      <translation>intensidad %1 de 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>still going</source>
      <translation>todavía continúa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>warning sign noted</source>
      <translation>señal de alarma anotada</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>&amp;Copy details</source>
      <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Error details</source>
      <translation>Detalles del error</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Fibro Desktop ran into a problem it did not expect. Your saved entries are safe. You can keep working; if this happens again, the details below help to fix it.</source>
      <translation>Fibro Desktop se ha encontrado con un problema inesperado. Tus entradas guardadas están a salvo. Puedes seguir trabajando; si vuelve a pasar, los detalles de abajo ayudan a arreglarlo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Something went wrong</source>
      <translation>Algo ha salido mal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>They are also in the log file: %1</source>
      <translation>También están en el archivo de registro técnico: %1</translation>
    </message>
  </context>
  <context>
    <name>GlobalHotkey</name>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" />
      <source>On macOS a shortcut that works in every program needs a permission Fibro Desktop does not ask for. You can add one in System Settings → Keyboard → Keyboard Shortcuts that opens Fibro Desktop.</source>
      <translation>En macOS, un atajo que funcione en todos los programas necesita un permiso que Fibro Desktop no pide. Puedes añadir uno en Ajustes del Sistema → Teclado → Funciones rápidas de teclado que abra Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" />
      <source>This desktop does not let apps take a shortcut from other programs. You can add one in your system's keyboard settings that starts Fibro Desktop.</source>
      <translation>Este escritorio no deja que las aplicaciones tomen un atajo de otros programas. Puedes añadir uno en la configuración de teclado de tu sistema que abra Fibro Desktop.</translation>
    </message>
  </context>
  <context>
    <name>GlobalShortcut</name>
    <message>
      <location filename="../../fibro_desktop/wiring/global_shortcut.py" />
      <source>The shortcut %1 for logging a spasm could not be set up: another program may already use it. You can choose other keys in Settings.</source>
      <translation>No se pudo preparar el atajo %1 para anotar un espasmo: puede que otro programa ya lo use. Puedes elegir otras teclas en Configuración.</translation>
    </message>
  </context>
  <context>
    <name>GuideReader</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/reader.py" />
      <source>Guide text</source>
      <translation>Texto de la guía</translation>
    </message>
  </context>
  <context>
    <name>JournalFilters</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>All time</source>
      <translation>Todo el tiempo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Any trigger</source>
      <translation>Cualquier desencadenante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Anywhere</source>
      <translation>Cualquier lugar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Clear the filters</source>
      <translation>Quitar los filtros</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Every kind</source>
      <translation>Todos los tipos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Kind of spasm</source>
      <translation>Tipo de espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Kind:</source>
      <translation>Tipo:</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Last %n days</source>
      <extracomment>A count. English: Today / Last %n days</extracomment>
      <translation>
        <numerusform>Hoy</numerusform>
        <numerusform>Últimos %n días</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Muscle group</source>
      <translation>Grupo muscular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Search notes</source>
      <translation>Buscar en las notas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Search the notes</source>
      <translation>Buscar en las notas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Show all</source>
      <translation>Mostrar todo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Trigger</source>
      <translation>Desencadenante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Trigger:</source>
      <translation>Desencadenante:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Where:</source>
      <translation>Dónde:</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>%Ln entries</source>
      <extracomment>A count. English: %Ln entry / %Ln entries</extracomment>
      <translation>
        <numerusform>%Ln entrada</numerusform>
        <numerusform>%Ln entradas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Back to normal now</source>
      <translation>Ya ha vuelto a la normalidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Count the time until back to normal from its start to now</source>
      <translation>Contar el tiempo hasta volver a la normalidad desde su inicio hasta ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Daily check-in</source>
      <translation>Registro diario</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Delete entry</source>
      <translation>Eliminar la entrada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Episodes</source>
      <translation>Espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>It has stopped: count how long it lasted from its start to now</source>
      <translation>Ha parado: contar cuánto duró desde su inicio hasta ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>It's over now</source>
      <translation>Ya ha pasado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Journal</source>
      <translation>Diario</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Journal sections</source>
      <translation>Secciones del diario</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Log a spasm</source>
      <translation>Anotar un espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Medications</source>
      <translation>Medicamentos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>New entry with details…</source>
      <translation>Nueva entrada con detalles…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>No entries match these filters. Change or clear them to see more.</source>
      <translation>Ninguna entrada coincide con estos filtros. Cámbialos o quítalos para ver más.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Nothing logged yet. When a spasm comes, press "Log a spasm": how strong it is is enough, details can wait.</source>
      <translation>Aún no hay nada anotado. Cuando venga un espasmo, pulsa «Anotar un espasmo»: basta con decir su intensidad; los detalles pueden esperar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Open details</source>
      <translation>Abrir detalles</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Put back the entry as it was before your last edit (Ctrl+Z)</source>
      <translation>Dejar la entrada como estaba antes de tu último cambio (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Put back the entry you deleted (Ctrl+Z)</source>
      <translation>Recuperar la entrada que eliminaste (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Three steps: open, choose how strong, save</source>
      <translation>Tres pasos: abrir, elegir la intensidad, guardar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo delete</source>
      <translation>Deshacer la eliminación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo edit</source>
      <translation>Deshacer el cambio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>What is worth noting?</source>
      <translation>¿Qué conviene anotar?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Your entries</source>
      <translation>Tus entradas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>what to note about a spasm</source>
      <translation>qué anotar sobre un espasmo</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>&amp;Log a spasm…</source>
      <translation>&amp;Anotar un espasmo…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>A minute for today's check-in? Click here to open it.</source>
      <translation>¿Un minuto para el registro de hoy? Haz clic aquí para abrirlo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Journal</source>
      <translation>Diario</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Log spasms and daily check-ins</source>
      <translation>Anota espasmos y registros diarios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Open the check-in</source>
      <translation>Abrir el registro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Today's check-in</source>
      <translation>Registro de hoy</translation>
    </message>
  </context>
  <context>
    <name>Learn</name>
    <message>
      <location filename="../../fibro_desktop/wiring/learn.py" />
      <source>&amp;Learn: guides in plain words</source>
      <translation>&amp;Aprender: guías en palabras sencillas</translation>
    </message>
  </context>
  <context>
    <name>LearnLink</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>Learn: %1</source>
      <translation>Aprender: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>Opens the guide at this part</source>
      <translation>Abre la guía en esta parte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>this</source>
      <translation>esto</translation>
    </message>
  </context>
  <context>
    <name>LearnWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Guides</source>
      <translation>Guías</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Learn — Fibro Desktop</source>
      <translation>Aprender — Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>No guide mentions that. Try a shorter or different word.</source>
      <translation>Ninguna guía menciona eso. Prueba con una palabra más corta o distinta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Save as P&amp;DF…</source>
      <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Save the guide as PDF</source>
      <translation>Guardar la guía como PDF</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Search all guides</source>
      <translation>Buscar en todas las guías</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Search result</source>
      <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Sections found: %1</source>
      <translation>Secciones encontradas: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>The PDF was not saved</source>
      <translation>No se guardó el PDF</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>The guide could not be saved as %1. The folder may be read-only, or the disk may be full. Please choose another place.</source>
      <translation>No se pudo guardar la guía como %1. Puede que la carpeta sea de solo lectura o que el disco esté lleno. Elige otro lugar, por favor.</translation>
    </message>
  </context>
  <context>
    <name>LicencesDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>&amp;Show:</source>
      <translation>&amp;Mostrar:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Apache License 2.0 (OpenSSL)</source>
      <translation>Apache License 2.0 (OpenSSL)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Fibro Desktop is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It comes with no warranty. It is built with other people's free software, each under its own licence, listed here.</source>
      <translation>Fibro Desktop es software libre: puedes usarlo, compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía. Está hecho con software libre de otras personas, cada uno con su propia licencia, que se enumeran aquí.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Fibro Desktop: GNU General Public License 3</source>
      <translation>Fibro Desktop: Licencia Pública General de GNU 3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>GNU Lesser General Public License 2.1 (FFmpeg)</source>
      <translation>Licencia Pública General Reducida de GNU 2.1 (FFmpeg)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>GNU Lesser General Public License 3 (Qt)</source>
      <translation>Licencia Pública General Reducida de GNU 3 (Qt)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licence text</source>
      <translation>Texto de la licencia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licence text to show</source>
      <translation>Texto de la licencia que se muestra</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licences</source>
      <translation>Licencias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Software included, with their notices</source>
      <translation>Software incluido, con sus avisos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>The licence files are missing from this installation. Fibro Desktop is released under the GNU General Public License, version 3 or later.</source>
      <translation>Faltan los archivos de licencia en esta instalación. Fibro Desktop se publica bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
  </context>
  <context>
    <name>LiveEpisodes</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 at %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 from %2 is over (%3)</source>
      <translation>Ha terminado: %1, %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 since %2</source>
      <translation>%1 desde %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1, still going since %2</source>
      <translation>%1, todavía en curso desde %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>And %1 more in the list below.</source>
      <translation>Y %1 más en la lista de abajo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Back to normal now</source>
      <translation>Ya ha vuelto a la normalidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Back to normal now: %1</source>
      <translation>Ya ha vuelto a la normalidad: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Hide</source>
      <translation>Ocultar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Hide this question: %1</source>
      <translation>Ocultar esta pregunta: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>It's over now</source>
      <translation>Ya ha pasado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>It's over now: %1</source>
      <translation>Ya ha pasado: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Enter the time until back to normal here.</source>
      <translation>Ha pasado más de un día desde que empezó, así que el tiempo no se puede contar hasta ahora. Escribe aquí el tiempo hasta volver a la normalidad.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Untick "It's still going" and enter how long it lasted.</source>
      <translation>Ha pasado más de un día desde que empezó, así que el tiempo no se puede contar hasta ahora. Desmarca «Todavía continúa» y escribe cuánto duró.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Saved: %1 lasted %2.</source>
      <translation>Guardado: %1 duró %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Saved: back to normal %1 after it started.</source>
      <translation>Guardado: volvió a la normalidad %1 después de empezar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Spasms going on now</source>
      <translation>Espasmos en curso ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>yesterday %1</source>
      <translation>ayer %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/main_window.py" />
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
  </context>
  <context>
    <name>Maintenance</name>
    <message>
      <location filename="../../fibro_desktop/ui/maintenance.py" />
      <source>Fibro Desktop is busy with your data file.</source>
      <translation>Fibro Desktop está ocupado con tu archivo de datos.</translation>
    </message>
  </context>
  <context>
    <name>MedicationEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Add to your list</source>
      <translation>Añadir a tu lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Change this entry</source>
      <translation>Cambiar esta entrada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Medication or supplement</source>
      <translation>Medicamento o suplemento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Save to my list</source>
      <translation>Guardar en mi lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Usual amount</source>
      <translation>Cantidad habitual</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>as it is written on the pack, or as you call it</source>
      <translation>como está escrito en el envase, o como tú lo llamas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>capsule</source>
      <translation>cápsula</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>cream or gel</source>
      <translation>crema o gel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>drink</source>
      <translation>bebida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>drops</source>
      <translation>gotas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>injection</source>
      <translation>inyección</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>powder</source>
      <translation>polvo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>spray</source>
      <translation>espray</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>tablet</source>
      <translation>comprimido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>your usual amount, in your own words</source>
      <translation>tu cantidad habitual, con tus propias palabras</translation>
    </message>
  </context>
  <context>
    <name>MedicationsPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>%1 is archived. Its doses stay in your journal; tick "Show archived" to bring it back.</source>
      <translation>%1 está archivado. Sus dosis se quedan en tu diario; marca «Mostrar archivados» para recuperarlo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>%1 is back on your list.</source>
      <translation>%1 vuelve a estar en tu lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>About this list</source>
      <translation>Sobre esta lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Add to my list</source>
      <translation>Añadir a mi lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Archive</source>
      <translation>Archivar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Archive %1</source>
      <translation>Archivar %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Bring back</source>
      <translation>Recuperar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Bring back %1</source>
      <translation>Recuperar %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Delete the selected dose</source>
      <translation>Eliminar la dosis seleccionada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Delete this dose</source>
      <translation>Eliminar esta dosis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Dose deleted.</source>
      <translation>Dosis eliminada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Edit</source>
      <translation>Editar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Edit %1</source>
      <translation>Editar %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>How medicines fit in</source>
      <translation>Qué papel tienen los medicamentos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Log a dose</source>
      <translation>Anotar una dosis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Log a dose of %1</source>
      <translation>Anotar una dosis de %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Logged %1 at %2.</source>
      <translation>Anotado: %1 a las %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Medications and supplements</source>
      <translation>Medicamentos y suplementos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>No doses logged in the last two weeks.</source>
      <translation>No hay dosis anotadas en las últimas dos semanas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Noted that %1 was skipped at %2.</source>
      <translation>Anotado que %1 se omitió a las %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Nothing here yet. Add what you take, in your own words, and logging a dose becomes two clicks.</source>
      <translation>Aún no hay nada aquí. Añade lo que tomas, con tus propias palabras, y anotar una dosis se reduce a dos clics.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Recent doses</source>
      <translation>Dosis recientes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Saved %1 to your list.</source>
      <translation>%1 se guardó en tu lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Show archived</source>
      <translation>Mostrar archivados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Side effects: %1</source>
      <translation>Efectos secundarios: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Skipped</source>
      <translation>Omitida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Taken</source>
      <translation>Tomada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>The dose is back.</source>
      <translation>La dosis ha vuelto.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>This list only records what you write. The app never suggests a medicine, a supplement, an amount or a change; please talk to your doctor or pharmacist about those.</source>
      <translation>Esta lista solo guarda lo que tú escribes. La aplicación nunca sugiere un medicamento, un suplemento, una cantidad ni un cambio; habla de eso con tu médico o farmacéutico, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Undo delete</source>
      <translation>Deshacer la eliminación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Your list</source>
      <translation>Tu lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>archived</source>
      <translation>archivado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>medicines and supplements</source>
      <translation>medicamentos y suplementos</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Close this notice</source>
      <translation>Cerrar este aviso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Notice</source>
      <translation>Aviso</translation>
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
      <translation>Un descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A break is waiting until the full-screen window or Do Not Disturb ends.</source>
      <translation>Hay un descanso esperando a que termine la ventana a pantalla completa o el modo No molestar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A few sips now help keep muscles from cramping.</source>
      <translation>Unos sorbos ahora ayudan a que los músculos no se acalambren.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A glass of water?</source>
      <translation>¿Un vaso de agua?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A recovery break</source>
      <translation>Un descanso de recuperación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A short pause</source>
      <translation>Una pausa corta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Also: a glass of water, a few sips now.</source>
      <translation>Además: un vaso de agua, unos sorbos ahora.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Also: feet flat, back supported, shoulders low.</source>
      <translation>Además: pies apoyados, espalda con respaldo, hombros relajados.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Away anyway</source>
      <translation>Ausente igualmente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Breaks are paused until %1.</source>
      <translation>Los descansos están en pausa hasta %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Breaks are paused.</source>
      <translation>Los descansos están en pausa.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Change position, let your shoulders drop, unclench your jaw, take a sip of water.</source>
      <translation>Cambia de postura, deja caer los hombros, afloja la mandíbula, bebe un sorbo de agua.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Custom</source>
      <translation>Personalizado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Desk time is on hold. Rest, use warmth or a gentle movement that helps you, and log the spasm when you are ready.</source>
      <translation>El tiempo de escritorio se ha detenido. Descansa, usa calor o un movimiento suave que te ayude, y anota el espasmo cuando quieras.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Enough desk time for today</source>
      <translation>Suficiente tiempo de escritorio por hoy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Feet flat, back supported, shoulders low, screen at eye height.</source>
      <translation>Pies apoyados, espalda con respaldo, hombros relajados, pantalla a la altura de los ojos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Fibro Desktop: %1</source>
      <translation>Fibro Desktop: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Fibro Desktop: next break in %1</source>
      <translation>Fibro Desktop: próximo descanso en %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Flare day</source>
      <translation>Día de brote</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Gentle</source>
      <translation>Suave</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Get up if you can. Move gently and slowly, nothing that strains or hurts.</source>
      <translation>Levántate si puedes. Muévete despacio y con suavidad, nada que fuerce o duela.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Movement break</source>
      <translation>Descanso activo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>On a break: %1.</source>
      <translation>En descanso: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Outside your work hours: no breaks are timed.</source>
      <translation>Fuera de tu horario de trabajo: no se cuentan descansos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Posture check</source>
      <translation>Revisa tu postura</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Put off</source>
      <translation>Aplazado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Recovery break</source>
      <translation>Descanso de recuperación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Short pause</source>
      <translation>Pausa corta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Skipped</source>
      <translation>Saltado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Standard desk day</source>
      <translation>Día normal de escritorio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Taken</source>
      <translation>Tomado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>The break timer is switched off.</source>
      <translation>El temporizador de descansos está apagado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Time to move a little</source>
      <translation>Hora de moverse un poco</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Waited for a full-screen window</source>
      <translation>Esperó a una ventana a pantalla completa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Worked through</source>
      <translation>Seguiste trabajando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Working. %1 in %2.</source>
      <translation>Trabajando. %1 en %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Working. Both kinds of break are switched off.</source>
      <translation>Trabajando. Los dos tipos de descanso están apagados.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>You have reached the desk-time limit you set for today. If you can, stop here and rest. If you must go on, choose Keep going in the Pacing tab.</source>
      <translation>Has llegado al límite de tiempo de escritorio que pusiste para hoy. Si puedes, para aquí y descansa. Si tienes que seguir, elige Seguir trabajando hoy en la pestaña Ritmo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>You have reached today's desk-time limit. Time to stop for the day, if you can.</source>
      <translation>Has llegado al límite de tiempo de escritorio de hoy. Es hora de parar por hoy, si puedes.</translation>
    </message>
  </context>
  <context>
    <name>PacingExercises</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>%1 (yours)</source>
      <translation>%1 (tuyo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;For:</source>
      <translation>P&amp;ara:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Moves:</source>
      <translation>&amp;Músculos que mueve:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Steps:</source>
      <translation>&amp;Pasos:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Add &amp;your own…</source>
      <translation>Añadir el tu&amp;yo…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Any break</source>
      <translation>Cualquier descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Exercises</source>
      <translation>Ejercicios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Exercises in use</source>
      <translation>Ejercicios en uso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Movement breaks</source>
      <translation>Descansos activos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>One step per line</source>
      <translation>Un paso por línea</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Please give it a name.</source>
      <translation>Ponle un nombre, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Please write at least one step.</source>
      <translation>Escribe al menos un paso, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>R&amp;emove yours</source>
      <translation>&amp;Quitar el tuyo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Short pauses</source>
      <translation>Pausas cortas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Untick any you would rather not do. Exercises that move a muscle group you logged a spasm in today are left out by themselves.</source>
      <translation>Desmarca los que prefieras no hacer. Los ejercicios que mueven un grupo muscular en el que anotaste un espasmo hoy se dejan fuera solos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Your own exercise</source>
      <translation>Tu propio ejercicio</translation>
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
      <translation>Seguir tra&amp;bajando hoy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Not today</source>
      <translation>&amp;No, hoy no</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Pause breaks</source>
      <translation>&amp;Pausar descansos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Resume breaks</source>
      <translation>&amp;Reanudar descansos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Take a break now</source>
      <translation>&amp;Tomar un descanso ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Break settings</source>
      <translation>Ajustes de los descansos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Break timer status</source>
      <translation>Estado del temporizador de descansos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Breaks had: %1 of %2</source>
      <translation>Descansos hechos: %1 de %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Desk time: %1</source>
      <translation>Tiempo de escritorio: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>For 1 hour</source>
      <translation>Durante 1 hora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>For 30 minutes</source>
      <translation>Durante 30 minutos</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Gentle streak: %n days in a row with at least half your breaks</source>
      <extracomment>A count. English: Gentle streak: %n day with at least half your breaks / Gentle streak: %n days in a row with at least half your breaks</extracomment>
      <translation>
        <numerusform>Racha tranquila: %n día con al menos la mitad de tus descansos</numerusform>
        <numerusform>Racha tranquila: %n días seguidos con al menos la mitad de tus descansos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Logged from the Pacing tab (Spasm now)</source>
      <translation>Anotado desde la pestaña Ritmo (Espasmo ahora)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>No breaks have come due yet today.</source>
      <translation>Hoy todavía no ha tocado ningún descanso.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>No breaks yet today. The first one will come by itself; you can also take one whenever you like.</source>
      <translation>Aún no hay descansos hoy. El primero llegará solo; también puedes tomar uno cuando quieras.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Pacing</source>
      <translation>Ritmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Recovery breaks: %1</source>
      <translation>Descansos de recuperación: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Espasmo ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Starts a recovery break, holds desk time and opens the quick log</source>
      <translation>Empieza un descanso de recuperación, detiene el tiempo de escritorio y abre la anotación rápida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Time to the next break</source>
      <translation>Tiempo hasta el próximo descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today at a glance</source>
      <translation>Hoy de un vistazo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today's breaks</source>
      <translation>Descansos de hoy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today's check-in shows a hard day. A Flare-day rhythm, with shorter spells at the desk and longer rests, may suit today better. It is your choice.</source>
      <translation>Tu registro de hoy muestra un día difícil. El ritmo Día de brote, con ratos más cortos de escritorio y descansos más largos, puede irte mejor hoy. Tú decides.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>Until tomorrow</source>
      <translation>Hasta mañana</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Use &amp;Flare day</source>
      <translation>Usar Día de &amp;brote</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Why short breaks help</source>
      <translation>Por qué ayudan los descansos cortos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Worked through: %1</source>
      <translation>Seguiste trabajando: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>pacing your day</source>
      <translation>dosificar tu día</translation>
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
      <translation>Tiempo má&amp;ximo de escritorio al día:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Keep breaks during full-screen windows and Do Not Disturb</source>
      <translation>Mantener los descansos con &amp;ventanas a pantalla completa y No molestar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Movement break every:</source>
      <translation>Descanso &amp;activo cada:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Short pause every:</source>
      <translation>Pausa &amp;corta cada:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Breaks</source>
      <translation>Descansos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Fri</source>
      <translation>Vie</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>From:</source>
      <translation>De:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Mon</source>
      <translation>Lun</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Movement break l&amp;asts:</source>
      <translation>E&amp;l descanso activo dura:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>No Skip button and Esc does nothing; "I need my screen" always gets you out (counted as skipped).</source>
      <translation>Sin botón Saltar y Esc no hace nada; «Necesito mi pantalla» siempre te deja salir (cuenta como saltado).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>On:</source>
      <translation>Días:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Only durin&amp;g work hours</source>
      <translation>Solo en &amp;horario de trabajo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Otherwise breaks and reminders wait until the presentation or video is over.</source>
      <translation>Si no, los descansos y recordatorios esperan a que termine la presentación o el vídeo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>P&amp;ostpones per break:</source>
      <translation>Aplazamientos por de&amp;scanso:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Postpone &amp;by:</source>
      <translation>Apla&amp;zar durante:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Posture &amp;check every:</source>
      <translation>Co&amp;ntrol de postura cada:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>R&amp;hythm:</source>
      <translation>R&amp;itmo:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Sat</source>
      <translation>Sáb</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Short pause &amp;lasts:</source>
      <translation>La pausa corta d&amp;ura:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Soft so&amp;und when a break starts</source>
      <translation>Sonido suave al e&amp;mpezar un descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Str&amp;ict: a calm cover over every screen until the break ends</source>
      <translation>Estrict&amp;o: un velo tranquilo sobre cada pantalla hasta que acabe el descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Sun</source>
      <translation>Dom</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Thu</source>
      <translation>Jue</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Time breaks for desk &amp;work</source>
      <translation>Descansos programa&amp;dos en el trabajo de escritorio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Tue</source>
      <translation>Mar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Water reminder e&amp;very:</source>
      <translation>Recordatorio de a&amp;gua cada:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Wed</source>
      <translation>Mié</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work ends at</source>
      <translation>El trabajo termina a las</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work must end after it starts.</source>
      <translation>El trabajo tiene que terminar después de empezar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work starts at</source>
      <translation>El trabajo empieza a las</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Your day</source>
      <translation>Tu día</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>no limit</source>
      <translation>sin límite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>off</source>
      <translation>apagado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>to</source>
      <translation>a</translation>
    </message>
  </context>
  <context>
    <name>PacingSignals</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen counts as time away.</source>
      <translation>Una pantalla bloqueada cuenta como tiempo fuera.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen is not reported here.</source>
      <translation>Aquí no se informa de la pantalla bloqueada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen is not reported here; time away from the keyboard covers it.</source>
      <translation>Aquí no se informa de la pantalla bloqueada; el tiempo sin usar el teclado lo cubre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see Do Not Disturb, so breaks can wait until it ends. Full-screen windows are not reported here.</source>
      <translation>La aplicación puede ver el modo No molestar, así que los descansos pueden esperar a que termine. Aquí no se informa de las ventanas a pantalla completa.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see a full-screen window (a film, a presentation, a game) and Do Not Disturb, so breaks can wait until they end.</source>
      <translation>La aplicación puede ver una ventana a pantalla completa (una película, una presentación, un juego) y el modo No molestar, así que los descansos pueden esperar a que terminen.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see a full-screen window (a film, a presentation, a game), so breaks can wait until it ends. Do Not Disturb is not reported here.</source>
      <translation>La aplicación puede ver una ventana a pantalla completa (una película, una presentación, un juego), así que los descansos pueden esperar a que termine. Aquí no se informa del modo No molestar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>This desktop does not tell the app about full-screen windows or Do Not Disturb.</source>
      <translation>Este escritorio no le dice a la aplicación cuándo hay ventanas a pantalla completa ni si está activado No molestar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>This system does not let the app read how long the keyboard has been idle, so only sleep, suspend and pauses count as time away.</source>
      <translation>Este sistema no deja que la aplicación sepa cuánto tiempo lleva sin usarse el teclado, así que solo cuentan como tiempo fuera la suspensión, el reposo y las pausas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>Time away from the keyboard and mouse counts as a break.</source>
      <translation>El tiempo lejos del teclado y del ratón cuenta como descanso.</translation>
    </message>
  </context>
  <context>
    <name>PacingTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Pause breaks</source>
      <translation>&amp;Pausar descansos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Resume breaks</source>
      <translation>&amp;Reanudar descansos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Spasm now: a recovery break</source>
      <translation>&amp;Espasmo ahora: un descanso de recuperación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Break timer for desk work</source>
      <translation>Temporizador de descansos para el trabajo de escritorio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Fibro Desktop is still here</source>
      <translation>Fibro Desktop sigue aquí</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Fibro Desktop is still running</source>
      <translation>Fibro Desktop sigue en marcha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Logged from the tray (Spasm now)</source>
      <translation>Anotado desde la bandeja (Espasmo ahora)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Pacing</source>
      <translation>Ritmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Take a &amp;break now</source>
      <translation>Tomar un &amp;descanso ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>The break timer keeps running in the tray. Choose Quit in the tray menu to close it completely.</source>
      <translation>El temporizador de descansos sigue en marcha en la bandeja del sistema. Elige Salir en el menú de la bandeja para cerrarlo del todo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>This desktop has no tray, so Fibro Desktop was minimised instead of closed: the break timer keeps running. To bring the window back, click Fibro Desktop in the taskbar, the dock or the overview, or start it again. To close it completely, choose Quit in the File menu.</source>
      <translation>Este escritorio no tiene bandeja del sistema, así que Fibro Desktop se ha minimizado en lugar de cerrarse: el temporizador de descansos sigue en marcha. Para recuperar la ventana, haz clic en Fibro Desktop en la barra de tareas, el dock o la vista general, o vuelve a abrirlo. Para cerrarlo del todo, elige Salir en el menú Archivo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>To get a tray on GNOME, turn on the “AppIndicator and KStatusNotifierItem Support” extension (Ubuntu has it on already), then start Fibro Desktop again.</source>
      <translation>Para tener bandeja del sistema en GNOME, activa la extensión “AppIndicator and KStatusNotifierItem Support” (Ubuntu ya la trae activada) y vuelve a abrir Fibro Desktop.</translation>
    </message>
  </context>
  <context>
    <name>QuickLogDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>%1 min ago</source>
      <translation>hace %1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>1 hour ago</source>
      <translation>hace 1 hora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Choose how strong it is, from 0 to 10.</source>
      <translation>Elige la intensidad, de 0 a 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>How strong is it? (0 = barely, 10 = worst)</source>
      <translation>¿Qué intensidad tiene? (0 = apenas, 10 = la peor)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Intensity from 0 to 10</source>
      <translation>Intensidad de 0 a 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>It's still going</source>
      <translation>Todavía continúa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Kind: %1</source>
      <translation>Tipo: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Log a spasm</source>
      <translation>Anotar un espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Now</source>
      <translation>Ahora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Other time…</source>
      <translation>Otro momento…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Press "It's over now" when it stops: how long it lasted is counted for you</source>
      <translation>Pulsa «Ya ha pasado» cuando pare: se cuenta por ti cuánto duró</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Save and add details…</source>
      <translation>Guardar y añadir detalles…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Start date and time</source>
      <translation>Fecha y hora de inicio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Started: %1</source>
      <translation>Empezó: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>What do these mean?</source>
      <translation>¿Qué significan?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>What kind?</source>
      <translation>¿De qué tipo?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>When did it start?</source>
      <translation>¿Cuándo empezó?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>barely</source>
      <translation>apenas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>the kinds of spasm</source>
      <translation>la peor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>worst</source>
      <translation>los tipos de espasmo</translation>
    </message>
  </context>
  <context>
    <name>RedFlagBanner</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>A spasm you logged as still going has lasted several hours.</source>
      <translation>Un espasmo que anotaste como todavía en curso dura ya varias horas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Consider talking to your doctor about it.</source>
      <translation>Quizá te convenga hablarlo con tu médico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Frequent night spasms are worth talking over with your doctor; there may be things that help.</source>
      <translation>Conviene hablar con tu médico de los espasmos nocturnos frecuentes; puede haber cosas que ayuden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>I've read this</source>
      <translation>Lo he leído</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>I've read this note</source>
      <translation>He leído esta nota</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>If it has not eased, please contact your doctor. If you feel very unwell, seek urgent care. If it is over, you can note that in the journal.</source>
      <translation>Si no se ha aliviado, contacta con tu médico. Si te encuentras muy mal, busca atención urgente. Si ya ha pasado, puedes anotarlo en el diario.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>If spasms make it hard to move, please talk to your doctor.</source>
      <translation>Si los espasmos te dificultan moverte, habla con tu médico, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Long spasms are worth mentioning to your doctor.</source>
      <translation>Conviene comentar a tu médico los espasmos largos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>More notes after this one: %1</source>
      <translation>Más notas después de esta: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Moving around has been hard.</source>
      <translation>Moverte ha sido difícil.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Noticed on %1: %2</source>
      <translation>Notado el %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Read about the warning signs</source>
      <translation>Leer sobre las señales de alarma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Signs like these should be looked at by a doctor. If you feel very unwell, seek urgent care.</source>
      <translation>Señales como estas debería revisarlas un médico. Si te encuentras muy mal, busca atención urgente.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Some spasms have been lasting a long time.</source>
      <translation>Algunos espasmos están durando mucho tiempo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Something worth talking to your doctor about</source>
      <translation>Algo de lo que conviene hablar con tu médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been coming many times a day, on most days of a week.</source>
      <translation>Los espasmos llegan muchas veces al día, la mayoría de los días de una semana.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been more frequent or stronger over the last four weeks.</source>
      <translation>Los espasmos han sido más frecuentes o más fuertes en las últimas cuatro semanas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been waking you on most nights of a week.</source>
      <translation>Los espasmos te han despertado la mayoría de las noches de una semana.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms that keep coming like this are worth talking over with your doctor.</source>
      <translation>Conviene hablar con tu médico de unos espasmos que vuelven así.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>The journal noticed something worth a look.</source>
      <translation>El diario ha notado algo que merece una mirada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>These signs are worth checking with a doctor soon. If they are sudden or severe, seek urgent care.</source>
      <translation>Conviene que un médico revise pronto estas señales. Si son repentinas o intensas, busca atención urgente.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>When spasms get worse, it is a good time to talk to your doctor.</source>
      <translation>Cuando los espasmos empeoran, es un buen momento para hablar con tu médico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>You noted a fever, a racing heart or swelling.</source>
      <translation>Anotaste fiebre, corazón acelerado o hinchazón.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>You noted weakness, numbness or loss of balance.</source>
      <translation>Anotaste debilidad, entumecimiento o pérdida de equilibrio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>the warning signs</source>
      <translation>las señales de alarma</translation>
    </message>
  </context>
  <context>
    <name>RelaxCaptions</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Show &amp;words</source>
      <translation>Mostrar las &amp;palabras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Show the words being spoken under the player</source>
      <translation>Mostrar bajo el reproductor las palabras que se dicen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Shows the words being spoken under the player</source>
      <translation>Muestra bajo el reproductor las palabras que se dicen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>The words of this session could not be read.</source>
      <translation>No se pudieron leer las palabras de esta sesión.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Your own recordings have no written words.</source>
      <translation>Tus propias grabaciones no tienen las palabras escritas.</translation>
    </message>
  </context>
  <context>
    <name>RelaxExtras</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;Hold</source>
      <translation>&amp;Mantener</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;In</source>
      <translation>&amp;Inhalar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;Sound</source>
      <translation>&amp;Sonido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>About %1 breaths a minute</source>
      <translation>Unas %1 respiraciones por minuto</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>After %n minutes</source>
      <extracomment>A count. English: After %n minute / After %n minutes</extracomment>
      <translation>
        <numerusform>Después de %n minuto</numerusform>
        <numerusform>Después de %n minutos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>At the end of the session</source>
      <translation>Al final de la sesión</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Background sound</source>
      <translation>Sonido de fondo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Background volume</source>
      <translation>Volumen del fondo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathe in (seconds)</source>
      <translation>Inhalar (segundos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathe out (seconds)</source>
      <translation>Exhalar (segundos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathing pacer</source>
      <translation>Guía de respiración</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Deep hush (brown noise)</source>
      <translation>Silencio profundo (ruido marrón)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Hold (seconds)</source>
      <translation>Mantener (segundos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>O&amp;ut</source>
      <translation>&amp;Exhalar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Off</source>
      <translation>Apagado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Sleep timer</source>
      <translation>Temporizador para dormir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Soft rain (pink noise)</source>
      <translation>Lluvia suave (ruido rosa)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Sound fades out gently over a minute before it stops.</source>
      <translation>El sonido baja poco a poco durante un minuto antes de parar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Start breathing</source>
      <translation>Empezar a respirar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Stop breathing</source>
      <translation>Parar la guía de respiración</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>V&amp;olume</source>
      <translation>Vol&amp;umen</translation>
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
      <translation>Añadir la tuya…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Move down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Move up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Relaxation sessions</source>
      <translation>Sesiones de relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Remove…</source>
      <translation>Quitar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Rename…</source>
      <translation>Cambiar el nombre…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>The spoken sessions are in English for now. You can add recordings in your own language with “Add your own…”, such as a therapist's session or a meditation you like.</source>
      <translation>Por ahora, las sesiones habladas están en inglés. Puedes añadir grabaciones en tu idioma con «Añadir la tuya…», como una sesión de tu terapeuta o una meditación que te guste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>You can add your own recordings too, such as a therapist's session or a favourite meditation.</source>
      <translation>También puedes añadir tus propias grabaciones, como una sesión de tu terapeuta o tu meditación favorita.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Your recordings</source>
      <translation>Tus grabaciones</translation>
    </message>
  </context>
  <context>
    <name>RelaxOwnAudio</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Add a recording</source>
      <translation>Añadir una grabación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Audio files (%1)</source>
      <translation>Archivos de audio (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>New name:</source>
      <translation>Nombre nuevo:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Remove recording</source>
      <translation>Quitar la grabación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Remove “%1” from your library? The copy kept by Fibro Desktop is deleted; your original file is not touched.</source>
      <translation>¿Quitar «%1» de tu biblioteca? Se borra la copia que guarda Fibro Desktop; tu archivo original no se toca.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Rename recording</source>
      <translation>Cambiar el nombre de la grabación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file can't be added from where it is (a link or an unusual path). Please choose the file itself.</source>
      <translation>Ese archivo no se puede añadir desde donde está (un enlace o una ruta poco habitual). Elige el archivo en sí, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file could not be found.</source>
      <translation>No se encontró ese archivo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file doesn't look like the audio its name says. It may be damaged. Nothing was added.</source>
      <translation>Ese archivo no parece el audio que dice su nombre. Puede estar dañado. No se ha añadido nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file is empty, so it was not added.</source>
      <translation>Ese archivo está vacío, así que no se ha añadido.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file is too large to add (over 1 GB).</source>
      <translation>Ese archivo es demasiado grande para añadirlo (más de 1 GB).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That kind of file can't be added. Please choose an audio file: MP3, M4A/AAC, Ogg, Opus, WAV or FLAC.</source>
      <translation>Ese tipo de archivo no se puede añadir. Elige un archivo de audio: MP3, M4A/AAC, Ogg, Opus, WAV o FLAC.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>The file was not added.</source>
      <translation>No se ha añadido el archivo.</translation>
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
      <translation>Inhala</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathe out</source>
      <translation>Exhala</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathing pacer</source>
      <translation>Guía de respiración</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Hold gently</source>
      <translation>Mantén con suavidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Press Start to breathe along.</source>
      <translation>Pulsa «Empezar a respirar» para respirar al ritmo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Rest</source>
      <translation>Descansa</translation>
    </message>
  </context>
  <context>
    <name>RelaxPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>A name needs between 1 and 200 characters.</source>
      <translation>El nombre debe tener entre 1 y 200 caracteres.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Ask how tense I feel before and after a session</source>
      <translation>Preguntarme cuánta tensión siento antes y después de una sesión</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Fading out gently… silence in %1.</source>
      <translation>Bajando poco a poco… silencio en %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>How calming helps with spasms</source>
      <translation>Cómo ayuda la calma con los espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>No sound output</source>
      <translation>No hay salida de sonido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>No sound output was found, so sessions can't be heard right now. Connect speakers or headphones, then press Play again. The breathing pacer works without sound.</source>
      <translation>No se encontró ninguna salida de sonido, así que ahora no se pueden escuchar las sesiones. Conecta altavoces o auriculares y vuelve a pulsar Reproducir. La guía de respiración funciona sin sonido.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Off.</source>
      <translation>Apagado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Relax</source>
      <translation>Relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Sound status</source>
      <translation>Estado del sonido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Sound stops in %1, after a gentle fade.</source>
      <translation>El sonido se detiene en %1, después de bajar poco a poco.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>The file could not be copied. Is the disk full?</source>
      <translation>No se pudo copiar el archivo. ¿Está lleno el disco?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>The sleep timer stopped the sound. Rest well.</source>
      <translation>El temporizador para dormir ha detenido el sonido. Que descanses.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>This recording could not be played. The file may be damaged, or this computer may not play its format. Everything else keeps working.</source>
      <translation>No se pudo reproducir esta grabación. Puede que el archivo esté dañado o que este equipo no reproduzca su formato. Todo lo demás sigue funcionando.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>calming the body</source>
      <translation>calmar el cuerpo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>“%1” was added to your library.</source>
      <translation>«%1» se ha añadido a tu biblioteca.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>“%1” was removed.</source>
      <translation>«%1» se ha quitado.</translation>
    </message>
  </context>
  <context>
    <name>RelaxTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relax</source>
      <translation>Relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relaxation audio and breathing</source>
      <translation>Audio de relajación y respiración</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relaxation: play or pause</source>
      <translation>Relajación: reproducir o pausar</translation>
    </message>
  </context>
  <context>
    <name>RelaxTension</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>0 means relaxed, 10 very tense. One tap is enough.</source>
      <translation>0 es relajado, 10 muy tenso. Con un toque basta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Before you start: how tense do your muscles feel right now?</source>
      <translation>Antes de empezar: ¿cuánta tensión sientes ahora en los músculos?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>How tense do your muscles feel now?</source>
      <translation>¿Cuánta tensión sientes ahora en los músculos?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Skip</source>
      <translation>Saltar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Skip the rating</source>
      <translation>Saltar la valoración</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Tension %1 of 10</source>
      <translation>Tensión %1 de 10</translation>
    </message>
  </context>
  <context>
    <name>RelaxTransport</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>%1 left</source>
      <translation>Quedan %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>&amp;Volume</source>
      <translation>&amp;Volumen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 s</source>
      <translation>Atrás 15 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 seconds</source>
      <translation>Atrás 15 segundos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 seconds (Ctrl+Left)</source>
      <translation>Atrás 15 segundos (Ctrl+Left)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Choose a session to begin.</source>
      <translation>Elige una sesión para empezar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Continuing where you left off (%1).</source>
      <translation>Sigues donde lo dejaste (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 s</source>
      <translation>Adelante 15 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 seconds</source>
      <translation>Adelante 15 segundos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 seconds (Ctrl+Right)</source>
      <translation>Adelante 15 segundos (Ctrl+Right)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Pause</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Play</source>
      <translation>Reproducir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Play or pause (Ctrl+Space)</source>
      <translation>Reproducir o pausar (Ctrl+Space)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Position in the session</source>
      <translation>Posición en la sesión</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Start over</source>
      <translation>Empezar de nuevo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Start the session over</source>
      <translation>Empezar la sesión de nuevo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Time played</source>
      <translation>Tiempo reproducido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Time remaining</source>
      <translation>Tiempo restante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Volume</source>
      <translation>Volumen</translation>
    </message>
  </context>
  <context>
    <name>ReminderSettings</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>(a quiet note from the tray icon)</source>
      <translation>(una nota discreta desde el icono de la bandeja)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Evening check-in reminder</source>
      <translation>Recordatorio del registro por la noche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Remind me to check in each evening at</source>
      <translation>Recordarme hacer el registro cada noche a las</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Reminder time</source>
      <translation>Hora del recordatorio</translation>
    </message>
  </context>
  <context>
    <name>ScalePicker</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>%1 of 10</source>
      <translation>%1 de 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>Keys: 0 to 9; 1 then 0 for 10.</source>
      <translation>Teclas: 0 a 9; 1 y luego 0 para 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>Not answered</source>
      <translation>Sin responder</translation>
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
      <translation>&amp;Colores:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation>&amp;Mantener en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Reduce motion (no animations)</source>
      <translation>&amp;Reducir el movimiento (sin animaciones)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Start Fibro Desktop when I log in (quietly, in the tray)</source>
      <translation>&amp;Iniciar Fibro Desktop al entrar en mi sesión (discretamente, en la bandeja)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Text size:</source>
      <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Use a keyboard shortcut that works in every program</source>
      <translation>&amp;Usar un atajo de teclado que funcione en todos los programas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>A new language applies when you next open Fibro Desktop.</source>
      <translation>El nuevo idioma se aplica la próxima vez que abras Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Appearance</source>
      <translation>Apariencia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Choose a letter, a digit or F1–F12 with two of Ctrl, Alt and Shift (for example Ctrl+Alt+L), so it is not pressed by accident.</source>
      <translation>Elige una letra, un número o F1–F12 con dos de Ctrl, Alt y Mayús (por ejemplo Ctrl+Alt+L), para que no se pulse sin querer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Extra large</source>
      <translation>Extragrande</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Follow the system</source>
      <translation>Seguir al sistema</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Large</source>
      <translation>Grande</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Larger</source>
      <translation>Más grande</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Largest</source>
      <translation>Lo más grande</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Log a spasm from any program</source>
      <translation>Anotar un espasmo desde cualquier programa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>S&amp;hortcut:</source>
      <translation>Ata&amp;jo:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Shortcut keys for logging a spasm</source>
      <translation>Teclas de atajo para anotar un espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Starting at login could not be changed: the settings folder of your account cannot be written to. Everything else was saved.</source>
      <translation>No se pudo cambiar el inicio al entrar en la sesión: no se puede escribir en la carpeta de configuración de tu cuenta. Todo lo demás se ha guardado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>The break timer is then running from the start of your day. Where there is no tray, the window starts minimised.</source>
      <translation>Así el temporizador de descansos funciona desde el principio de tu día. Donde no hay bandeja del sistema, la ventana se abre minimizada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Very large</source>
      <translation>Muy grande</translation>
    </message>
  </context>
  <context>
    <name>StrictOverlay</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>%1 left</source>
      <translation>Quedan %1</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>Episodes, newest first</source>
      <translation>Espasmos, los más recientes primero</translation>
    </message>
  </context>
  <context>
    <name>Toolkit</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>%1  ·  %2 a day</source>
      <translation>%1  ·  %2 al día</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>%1 (%2 left)</source>
      <translation>%1 (quedan %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>%1 left</source>
      <translation>Quedan %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>%1 of %2 done today</source>
      <translation>%1 de %2 hechas hoy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>%1 of %2 done yesterday</source>
      <translation>%1 de %2 hechas ayer</translation>
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
        <numerusform>%n cosa se está acabando</numerusform>
        <numerusform>%n cosas se están acabando</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Add</source>
      <translation>&amp;Añadir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>&amp;Add as new</source>
      <translation>&amp;Añadir como nuevo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Delete</source>
      <translation>E&amp;liminar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Delete contact</source>
      <translation>E&amp;liminar contacto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Delete step</source>
      <translation>E&amp;liminar paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Edit…</source>
      <translation>&amp;Editar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Email</source>
      <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;How many left</source>
      <translation>&amp;Cuántos quedan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;How to</source>
      <translation>&amp;Cómo hacerlo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;Kept where</source>
      <translation>&amp;Dónde lo guardo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Log this spasm</source>
      <translation>&amp;Anotar este espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Name</source>
      <translation>&amp;Nombre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Next step →</source>
      <translation>&amp;Siguiente paso →</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Open the plan</source>
      <translation>&amp;Abrir el plan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Phone</source>
      <translation>&amp;Teléfono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Play release audio</source>
      <translation>&amp;Reproducir audio de relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>&amp;Remove from the list</source>
      <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;Restock below</source>
      <translation>&amp;Reponer por debajo de</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Role</source>
      <translation>&amp;Especialidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Save changes</source>
      <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Save contact</source>
      <translation>&amp;Guardar contacto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>&amp;Today</source>
      <translation>&amp;Hoy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>&amp;Yesterday</source>
      <translation>A&amp;yer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>A note about magnesium and electrolytes</source>
      <translation>Una nota sobre el magnesio y los electrolitos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>A soft sound when the heat time is up</source>
      <translation>Un sonido suave cuando termine el tiempo de calor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>A spasm is starting</source>
      <translation>Empieza un espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>A spasm is starting: open my rescue plan</source>
      <translation>Empieza un espasmo: abrir mi plan de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>A target of 1 is a simple tick; more shows a counter, e.g. 8 glasses of water.</source>
      <translation>Una meta de 1 es una simple marca; más muestra un contador, por ejemplo 8 vasos de agua.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Add an item, e.g. a tennis ball</source>
      <translation>Añade algo, por ejemplo una pelota de tenis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Add as &amp;new step</source>
      <translation>Añadir como paso &amp;nuevo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Add kit item</source>
      <translation>Añadir al kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Add rescue step</source>
      <translation>Añadir un paso de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Add routine item</source>
      <translation>Añadir a la rutina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Add the steps that help you under “My rescue plan” in the Toolkit tab.</source>
      <translation>Añade los pasos que te ayudan en «Mi plan de alivio», en la pestaña Herramientas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Any one of these is a good start.</source>
      <translation>Cualquiera de estas es un buen comienzo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Ar&amp;chive</source>
      <translation>Ar&amp;chivar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Archive kit item</source>
      <translation>Archivar del kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Breathe out slowly. Take one step at a time; skip any that do not suit you.</source>
      <translation>Suelta el aire despacio. Ve paso a paso; sáltate los que no te vayan bien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Bring &amp;back</source>
      <translation>&amp;Recuperar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Care team</source>
      <translation>Equipo de salud</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Care team contacts</source>
      <translation>Contactos del equipo de salud</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Choose someone to change their details, or fill in the form and press Save to add a new person. Their numbers show in your rescue plan.</source>
      <translation>Elige a alguien para cambiar sus datos, o rellena el formulario y pulsa Guardar para añadir a una persona nueva. Sus números aparecen en tu plan de alivio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>Count: %1</source>
      <translation>Contador: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Daily &amp;target</source>
      <translation>&amp;Meta diaria</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Daily prevention routine</source>
      <translation>Rutina diaria de prevención</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Delete kit item</source>
      <translation>Eliminar del kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Delete the selected step</source>
      <translation>Eliminar el paso seleccionado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>Edit kit item</source>
      <translation>Editar cosa del kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Edit the &amp;list…</source>
      <translation>Editar la l&amp;ista…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Edit the daily routine</source>
      <translation>Editar la rutina diaria</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Edit the routine list</source>
      <translation>Editar la lista de la rutina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Every small step counts; the rest can wait.</source>
      <translation>Cada pequeño paso cuenta; lo demás puede esperar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Everything on the list is done. Well looked after.</source>
      <translation>Todo lo de la lista está hecho. Te has cuidado bien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>From your rescue plan.</source>
      <translation>De tu plan de alivio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Heat on: %1 left</source>
      <translation>Calor puesto: quedan %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Heat timer</source>
      <translation>Temporizador de calor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>How to do this step</source>
      <translation>Cómo hacer este paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>I &amp;tried this</source>
      <translation>Lo &amp;probé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>I tried this step</source>
      <translation>Probé este paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>If a spasm comes with weakness, numbness, loss of balance, fever, a racing heart or swelling, or will not ease, please talk to a doctor.</source>
      <translation>Si un espasmo viene con debilidad, entumecimiento, pérdida de equilibrio, fiebre, el corazón acelerado o hinchazón, o no se alivia, habla con un médico, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Kit and routine</source>
      <translation>Kit y rutina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>Kit item</source>
      <translation>Cosa del kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Kit ready today: %1 of %2  ·  Routine today: %3 of %4</source>
      <translation>Kit listo hoy: %1 de %2  ·  Rutina de hoy: %3 de %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Log this spasm with the steps I tried</source>
      <translation>Anotar este espasmo con los pasos que probé</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Magnesium and electrolyte products: if you have kidney or heart conditions or take other medicines, check with your doctor or pharmacist first.</source>
      <translation>Productos de magnesio y electrolitos: si tienes problemas de riñón o de corazón, o tomas otros medicamentos, consulta antes con tu médico o farmacéutico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move &amp;up</source>
      <translation>&amp;Subir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move do&amp;wn</source>
      <translation>&amp;Bajar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move kit item down</source>
      <translation>Bajar en el kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move kit item up</source>
      <translation>Subir en el kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Move routine item down</source>
      <translation>Bajar en la rutina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Move routine item up</source>
      <translation>Subir en la rutina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Move step down</source>
      <translation>Bajar el paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Move step up</source>
      <translation>Subir el paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>My care team</source>
      <translation>Mi equipo de salud</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>My rescue kit</source>
      <translation>Mi kit de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>My rescue plan</source>
      <translation>Mi plan de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>N&amp;ote</source>
      <translation>N&amp;ota</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>N&amp;otes</source>
      <translation>N&amp;otas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Ne&amp;w contact</source>
      <translation>Nue&amp;vo contacto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>New kit item name</source>
      <translation>Nombre de la nueva cosa del kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Next step</source>
      <translation>Siguiente paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>No contacts yet. Adding them is optional; they stay on this computer. Fill in the form below and press Save contact.</source>
      <translation>Aún no hay contactos. Añadirlos es opcional; se quedan en este equipo. Rellena el formulario de abajo y pulsa Guardar contacto.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>No steps yet</source>
      <translation>Aún no hay pasos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>One less: %1</source>
      <translation>Uno menos: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>One line, in your own words</source>
      <translation>Una línea, con tus propias palabras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>One more: %1</source>
      <translation>Uno más: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Open my rescue plan</source>
      <translation>Abrir mi plan de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Open the rescue plan</source>
      <translation>Abrir el plan de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Opens your plan, one calm step at a time.</source>
      <translation>Abre tu plan, un paso tranquilo cada vez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Play a soft sound when the heat timer ends</source>
      <translation>Reproducir un sonido suave cuando termine el temporizador de calor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please check this field.</source>
      <translation>Revisa este campo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please choose a role.</source>
      <translation>Elige una especialidad, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please give it a name.</source>
      <translation>Ponle un nombre, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please use a whole number, 0 or more.</source>
      <translation>Usa un número entero, 0 o más, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please use a whole number, like 3.</source>
      <translation>Usa un número entero, como 3, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Previous step</source>
      <translation>Paso anterior</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Read about the warning signs</source>
      <translation>Leer sobre las señales de alarma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Remind me (at most once a day) when something runs low</source>
      <translation>Avisarme (como mucho una vez al día) cuando algo se esté acabando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Remove the selected routine item</source>
      <translation>Quitar de la rutina lo seleccionado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Rescue kit items</source>
      <translation>Cosas del kit de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Rescue plan</source>
      <translation>Plan de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Rescue plan steps</source>
      <translation>Pasos del plan de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Restock reminder</source>
      <translation>Aviso para reponer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Routine items</source>
      <translation>Cosas de la rutina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Routine progress</source>
      <translation>Progreso de la rutina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Se está acabando: %1. Conviene reponerlo cuando puedas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Save changes to the selected routine item</source>
      <translation>Guardar los cambios de lo seleccionado en la rutina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Save changes to the selected step</source>
      <translation>Guardar los cambios del paso seleccionado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Saved as tried: %1.</source>
      <translation>Guardado como probado: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Show archived items</source>
      <translation>Mostrar lo archivado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Show today's routine</source>
      <translation>Mostrar la rutina de hoy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Show yesterday's routine to fill it in</source>
      <translation>Mostrar la rutina de ayer para rellenarla</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Start a 15-minute &amp;heat timer</source>
      <translation>Temporizador de ca&amp;lor de 15 minutos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step %1 of %2</source>
      <translation>Paso %1 de %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Step &amp;title</source>
      <translation>&amp;Título del paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step number</source>
      <translation>Número de paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Stop the &amp;heat timer</source>
      <translation>Parar el temporizador de ca&amp;lor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>That is a little long; please keep it under %1 characters.</source>
      <translation>Es un poco largo; que tenga menos de %1 caracteres, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>That number is larger than we can keep; please use a smaller one.</source>
      <translation>Ese número es más grande de lo que podemos guardar; usa uno más pequeño, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>That was the last step</source>
      <translation>Ese era el último paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>The steps you go through when a spasm starts, in the order that suits you. Drag them, or use Alt+Up and Alt+Down.</source>
      <translation>Los pasos que sigues cuando empieza un espasmo, en el orden que te vaya bien. Arrástralos, o usa Alt+Up y Alt+Down.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Therapists who can help</source>
      <translation>Terapeutas que pueden ayudar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>This does not look like an email address.</source>
      <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Tick what is ready or with you today. The ticks start fresh each morning.</source>
      <translation>Marca lo que tienes listo o contigo hoy. Las marcas se borran cada mañana.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Tick what you have with you today. Alt+Up and Alt+Down move an item.</source>
      <translation>Marca lo que llevas contigo hoy. Alt+Up y Alt+Down mueven una cosa.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Time to take the heat off. A light stretch now, if it feels right.</source>
      <translation>Es hora de quitar el calor. Ahora un estiramiento suave, si te sienta bien.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Today at a glance</source>
      <translation>Hoy de un vistazo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Toolkit</source>
      <translation>Herramientas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Toolkit sections</source>
      <translation>Secciones de herramientas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Tried from my rescue plan: %1.</source>
      <translation>Probado de mi plan de alivio: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" />
      <source>Undo the delete</source>
      <translation>Deshacer la eliminación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>What goes in a rescue kit</source>
      <translation>Qué llevar en un kit de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>What helps when a spasm starts</source>
      <translation>Qué ayuda cuando empieza un espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Why this helps</source>
      <translation>Por qué ayuda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>You already have an item with this name.</source>
      <translation>Ya tienes algo con este nombre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>You already have an item with this name; that is fine if you mean it.</source>
      <translation>Ya tienes algo con este nombre; no pasa nada si es lo que quieres.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>You can keep your care team's numbers in the Toolkit tab.</source>
      <translation>Puedes guardar los números de tu equipo de salud en la pestaña Herramientas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Your kit is empty. Type the name of something that helps you when a spasm starts, then press Add.</source>
      <translation>Tu kit está vacío. Escribe el nombre de algo que te ayude cuando empieza un espasmo y luego pulsa Añadir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Your routine is empty. Add a few small habits that help you.</source>
      <translation>Tu rutina está vacía. Añade unos pocos hábitos pequeños que te ayuden.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>a rescue kit</source>
      <translation>un kit de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>archived</source>
      <translation>archivado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>e.g. work bag, desk drawer</source>
      <translation>por ejemplo, bolsa del trabajo, cajón del escritorio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>kept: %1</source>
      <translation>guardado en: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>leave empty if you do not count it</source>
      <translation>déjalo vacío si no lo cuentas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>remind me when fewer than this are left</source>
      <translation>avisarme cuando queden menos de estos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>running low</source>
      <translation>se está acabando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>the warning signs</source>
      <translation>las señales de alarma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>therapists who can help</source>
      <translation>terapeutas que pueden ayudar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>this step</source>
      <translation>este paso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>what helps when a spasm starts</source>
      <translation>qué ayuda cuando empieza un espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>“%1” was deleted.</source>
      <translation>Se eliminó «%1».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>“%1” was taken off the list.</source>
      <translation>Se quitó «%1» de la lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>← &amp;Back</source>
      <translation>← A&amp;trás</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>✓ Tried</source>
      <translation>✓ Probado</translation>
    </message>
  </context>
  <context>
    <name>ToolkitDefaults</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>A breathing or relaxation session</source>
      <translation>Una sesión de respiración o relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>A few sachets for the day</source>
      <translation>Unos sobres para el día</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>At my desk</source>
      <translation>En mi escritorio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Breathe out slowly, longer than you breathe in, or play the release audio.</source>
      <translation>Suelta el aire despacio, más largo de lo que lo tomas, o reproduce el audio de relajación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Changes of position</source>
      <translation>Cambios de postura</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Drink some water</source>
      <translation>Bebe un poco de agua</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Electrolytes or magnesium-rich food</source>
      <translation>Electrolitos o alimentos ricos en magnesio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Evening stretch</source>
      <translation>Estiramiento de la noche</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Followed my pacing plan</source>
      <translation>Seguí mi plan de ritmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Glasses of water</source>
      <translation>Vasos de agua</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Heating pad</source>
      <translation>Almohadilla térmica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>If it is in your kit, rub a little magnesium lotion or spray into the area.</source>
      <translation>Si lo tienes en tu kit, frota un poco de loción o spray de magnesio en la zona.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Magnesium on the skin</source>
      <translation>Magnesio sobre la piel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Morning stretch</source>
      <translation>Estiramiento de la mañana</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Move gently</source>
      <translation>Muévete con suavidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>On my wrist or phone</source>
      <translation>En la muñeca o en el teléfono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>On this computer and my phone</source>
      <translation>En este equipo y en mi teléfono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Pill case for supplements and medication</source>
      <translation>Pastillero para suplementos y medicamentos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Press or massage the knot</source>
      <translation>Presiona o masajea el nudo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Press the sore spot with your fingers or a ball and hold, or rub in slow circles.</source>
      <translation>Presiona la zona dolorida con los dedos o una pelota y mantén, o frota en círculos lentos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Put heat on the muscle for about 15 minutes, then stretch it softly, only as far as it feels kind.</source>
      <translation>Pon calor en el músculo unos 15 minutos y luego estíralo con suavidad, solo hasta donde resulte agradable.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Sip a glass of water, or your electrolyte mix if you carry one.</source>
      <translation>Bebe a sorbos un vaso de agua, o tu mezcla de electrolitos si llevas una.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Slow breathing</source>
      <translation>Respiración lenta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Slowly move the tight part through an easy, small range, a few times, without forcing it.</source>
      <translation>Mueve despacio la parte tensa en un recorrido pequeño y fácil, unas cuantas veces, sin forzar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Stress-relief reminders or wearable</source>
      <translation>Recordatorios o pulsera para aliviar el estrés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Travel magnesium or electrolyte mix</source>
      <translation>Magnesio o mezcla de electrolitos para llevar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warm-up and relaxation audio</source>
      <translation>Audio de calentamiento y relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warmth (heat pad, warm bath or wrap)</source>
      <translation>Calor (almohadilla térmica, baño caliente o envoltura)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warmth, then a light stretch</source>
      <translation>Calor y luego un estiramiento suave</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Work bag</source>
      <translation>Bolsa del trabajo</translation>
    </message>
  </context>
  <context>
    <name>ToolkitRoles</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Biofeedback practitioner</source>
      <translation>Profesional de biofeedback</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Doctor</source>
      <translation>Médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Massage or myofascial therapist</source>
      <translation>Terapeuta de masaje o miofascial</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Occupational therapist</source>
      <translation>Terapeuta ocupacional</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Physical therapist</source>
      <translation>Fisioterapeuta</translation>
    </message>
  </context>
  <context>
    <name>ToolkitTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>A &amp;spasm is starting…</source>
      <translation>&amp;Empieza un espasmo…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Open my rescue plan</source>
      <translation>Abrir mi plan de alivio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Open the kit</source>
      <translation>Abrir el kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Rescue kit, routine and plan</source>
      <translation>Kit de alivio, rutina y plan</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Se está acabando: %1. Conviene reponerlo cuando puedas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Toolkit</source>
      <translation>Herramientas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Your rescue kit</source>
      <translation>Tu kit de alivio</translation>
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
      <translation>Añadir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Add a trigger of your own</source>
      <translation>Añadir un desencadenante propio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Add this trigger</source>
      <translation>Añadir este desencadenante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Something else, in your words</source>
      <translation>Otra cosa, con tus palabras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Tap to mark it, tap again to unmark</source>
      <translation>Toca para marcarlo, toca otra vez para desmarcarlo</translation>
    </message>
  </context>
  <context>
    <name>WarningSignsRow</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Anything else to note: show the warning signs</source>
      <translation>¿Algo más que anotar? Mostrar las señales de alarma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Anything else? Weakness, numbness, fever…</source>
      <translation>¿Algo más? Debilidad, entumecimiento, fiebre…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Gracias por anotarlo. Señales como estas conviene consultarlas con un médico; si son repentinas o intensas, busca atención urgente.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Everything stays on this computer. The app never connects to the internet, has no account and sends nothing anywhere.</source>
      <translation>Todo se queda en este equipo. La aplicación nunca se conecta a internet, no tiene cuentas y no envía nada a ninguna parte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Get started</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Log a spasm in a few seconds, even in the middle of one, and add details later. Pace your desk work with gentle breaks, listen to calming sessions, keep your rescue kit and routine at hand, and see over time what seems to help.</source>
      <translation>Anota un espasmo en unos segundos, incluso en mitad de uno, y añade los detalles más tarde. Dosifica tu trabajo de escritorio con descansos suaves, escucha sesiones relajantes, ten a mano tu kit de alivio y tu rutina, y observa con el tiempo qué parece ayudarte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Read the warning signs</source>
      <translation>Leer las señales de alarma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Short guides in plain words, about why spasms happen and what helps, are in Help → Learn.</source>
      <translation>En Ayuda → Aprender hay guías cortas, en palabras sencillas, sobre por qué aparecen los espasmos y qué ayuda.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Welcome to Fibro Desktop</source>
      <translation>Te damos la bienvenida a Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Welcome. This app is here to make hard days a little easier.</source>
      <translation>Te damos la bienvenida. Esta aplicación está aquí para que los días difíciles sean un poco más fáciles.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>When to see a doctor</source>
      <translation>Cuándo ir al médico</translation>
    </message>
  </context>
  <context>
    <name>WriteErrors</name>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Something could not be saved because the disk is full. Please free some space (empty the trash, remove large files); what you save afterwards is kept.</source>
      <translation>No se pudo guardar algo porque el disco está lleno. Libera espacio, por favor (vacía la papelera, quita archivos grandes); lo que guardes después se conservará.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Something could not be saved because your data folder cannot be written to.</source>
      <translation>No se pudo guardar algo porque no se puede escribir en tu carpeta de datos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made (%1). Your data itself is safe. Press “Back up now” to try again; if it fails again, the details are in the log (Help, About).</source>
      <translation>No se pudo hacer la copia de seguridad automática (%1). Tus datos están a salvo. Pulsa «Hacer copia ahora» para intentarlo de nuevo; si vuelve a fallar, los detalles están en el archivo de registro técnico (Ayuda, Acerca de).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made: the backup folder cannot be written to. Your data itself is safe. Please check the folder in Backups and restore, then press “Back up now”.</source>
      <translation>No se pudo hacer la copia de seguridad automática: no se puede escribir en la carpeta de copias. Tus datos están a salvo. Revisa la carpeta en Copias de seguridad y restauración, y luego pulsa «Hacer copia ahora».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made: the disk is full. Your data itself is safe. Please free some space (empty the trash, remove large files), then press “Back up now”.</source>
      <translation>No se pudo hacer la copia de seguridad automática: el disco está lleno. Tus datos están a salvo. Libera espacio, por favor (vacía la papelera, quita archivos grandes), y luego pulsa «Hacer copia ahora».</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup could not be made: its folder cannot be written to.</source>
      <translation>No se pudo hacer la copia de seguridad: no se puede escribir en su carpeta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup could not be made: the disk is full. Please free some space, then make a backup again (File, Backups and restore).</source>
      <translation>No se pudo hacer la copia de seguridad: el disco está lleno. Libera espacio y vuelve a hacer una copia (Archivo, Copias de seguridad y restauración), por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup was made, but its copy to your second folder failed (%1). Please check that the drive is connected, then press “Back up now”.</source>
      <translation>La copia de seguridad se hizo, pero falló su copia a tu segunda carpeta (%1). Comprueba que la unidad esté conectada y luego pulsa «Hacer copia ahora», por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The disk is full; please free some space and try again.</source>
      <translation>El disco está lleno; libera espacio y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The file could not be written there: that folder cannot be written to. Please choose another folder.</source>
      <translation>No se pudo escribir el archivo ahí: no se puede escribir en esa carpeta. Elige otra carpeta, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The file could not be written: the disk is full. Please free some space, or choose another drive, and try again.</source>
      <translation>No se pudo escribir el archivo: el disco está lleno. Libera espacio, o elige otra unidad, y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved yet: %1 What you entered is still here. Please press Save again in a moment.</source>
      <translation>Esto todavía no se pudo guardar: %1 Lo que escribiste sigue aquí. Vuelve a pulsar Guardar dentro de un momento, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved: the disk is full. What you entered is still here. Please free some space (empty the trash, remove large files), then press Save again.</source>
      <translation>Esto no se pudo guardar: el disco está lleno. Lo que escribiste sigue aquí. Libera espacio, por favor (vacía la papelera, quita archivos grandes), y luego vuelve a pulsar Guardar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved: your data folder cannot be written to. What you entered is still here.</source>
      <translation>Esto no se pudo guardar: no se puede escribir en tu carpeta de datos. Lo que escribiste sigue aquí.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Your data folder cannot be written to.</source>
      <translation>No se puede escribir en tu carpeta de datos.</translation>
    </message>
  </context>
  <context>
    <name>backups</name>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>%1 is not one of your backups, so it was not removed.</source>
      <translation>%1 no es una de tus copias de seguridad, así que no se quitó.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Restoring failed: %1. Your previous data is kept at %2.</source>
      <translation>No se pudo restaurar: %1. Tus datos anteriores siguen guardados en %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup %1 could not be removed: %2.</source>
      <translation>No se pudo quitar la copia de seguridad %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup copy failed its check: %1.</source>
      <translation>La copia de seguridad no pasó su comprobación: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup could not be written to %1: %2.</source>
      <translation>No se pudo escribir la copia de seguridad en %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The copy to %1 failed: %2.</source>
      <translation>La copia a %1 falló: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The data file %1 is empty; there is nothing to back up.</source>
      <translation>El archivo de datos %1 está vacío; no hay nada que copiar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>There is no data file at %1 to back up.</source>
      <translation>No hay ningún archivo de datos en %1 que copiar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup cannot be restored. %1</source>
      <translation>Esta copia de seguridad no se puede restaurar. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup was made while your data was not protected with a passphrase, and your data is not like that now. To restore it, first remove the protection (File menu), then restore it. Nothing was changed.</source>
      <translation>Esta copia de seguridad se hizo cuando tus datos no estaban protegidos con una frase de contraseña, y ahora no es así. Para restaurarla, primero quita la protección (menú Archivo) y luego restáurala. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup was made while your data was protected with a passphrase, and your data is not like that now. To restore it, first protect your data with the same passphrase (File menu), then restore it. Nothing was changed.</source>
      <translation>Esta copia de seguridad se hizo cuando tus datos estaban protegidos con una frase de contraseña, y ahora no es así. Para restaurarla, primero protege tus datos con la misma frase de contraseña (menú Archivo) y luego restáurala. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Your current data is protected with a passphrase that is not known here; open it with its passphrase first. Nothing was changed.</source>
      <translation>Tus datos actuales están protegidos con una frase de contraseña que aquí no se conoce; ábrelos primero con su frase de contraseña. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Your recordings could not be copied into %1: %2.</source>
      <translation>No se pudieron copiar tus grabaciones en %1: %2.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 already exists. Nothing was written. Choose another name, or add --force to replace it.</source>
      <translation>%1 ya existe. No se escribió nada. Elige otro nombre, o añade --force para reemplazarlo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 is inside the data folder (%2), where your data and its backups live. Nothing was written. Choose a place outside that folder.</source>
      <translation>%1 está dentro de la carpeta de datos (%2), donde viven tus datos y sus copias de seguridad. No se escribió nada. Elige un lugar fuera de esa carpeta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>%1 is not a date like 2026-03-31</source>
      <translation>%1 no es una fecha como 2026-03-31</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 is not a date like 2026-11-24</source>
      <translation>%1 no es una fecha como 2026-11-24</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1: %n rows</source>
      <extracomment>A count. English: %1: %n row / %1: %n rows</extracomment>
      <translation>
        <numerusform>%1: %n fila</numerusform>
        <numerusform>%1: %n filas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n check-ins</source>
      <extracomment>A count. English: %n check-in / %n check-ins</extracomment>
      <translation>
        <numerusform>%n registro diario</numerusform>
        <numerusform>%n registros diarios</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n episodes</source>
      <extracomment>A count. English: %n episode / %n episodes</extracomment>
      <translation>
        <numerusform>%n episodio</numerusform>
        <numerusform>%n episodios</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n recordings came without their sound file: they were not exported with --with-audio, or the -audio.zip is not beside the export.</source>
      <extracomment>A count. English: %n recording came without its sound file: it was not exported with --with-audio, or the -audio.zip is not beside the export. / %n recordings came without their sound file: they were not exported with --with-audio, or the -audio.zip is not beside the export.</extracomment>
      <translation>
        <numerusform>%n grabación llegó sin su archivo de sonido: no se exportó con --with-audio, o el -audio.zip no está junto a la exportación.</numerusform>
        <numerusform>%n grabaciones llegaron sin su archivo de sonido: no se exportaron con --with-audio, o el -audio.zip no está junto a la exportación.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n recordings were not in your audio folder and are not included.</source>
      <extracomment>A count. English: %n recording was not in your audio folder and is not included. / %n recordings were not in your audio folder and are not included.</extracomment>
      <translation>
        <numerusform>%n grabación no estaba en tu carpeta de audio y no se incluye.</numerusform>
        <numerusform>%n grabaciones no estaban en tu carpeta de audio y no se incluyen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>--from must not be after --to.</source>
      <translation>--from no puede ser posterior a --to.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>--with-audio works with --format json only.</source>
      <translation>--with-audio solo funciona con --format json.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Backup written and checked: %1</source>
      <translation>Copia de seguridad escrita y comprobada: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Brought back %n recordings into your audio folder.</source>
      <extracomment>A count. English: Brought back %n recording into your audio folder. / Brought back %n recordings into your audio folder.</extracomment>
      <translation>
        <numerusform>Se recuperó %n grabación en tu carpeta de audio.</numerusform>
        <numerusform>Se recuperaron %n grabaciones en tu carpeta de audio.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Copy: %1</source>
      <translation>Copia: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Could not read table %1: %2</source>
      <translation>No se pudo leer la tabla %1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Exported %n rows from %1 tables to %2.</source>
      <extracomment>A count. English: Exported %n row from %1 tables to %2. / Exported %n rows from %1 tables to %2.</extracomment>
      <translation>
        <numerusform>Se exportó %n fila de %1 tablas a %2.</numerusform>
        <numerusform>Se exportaron %n filas de %1 tablas a %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>Fibro Desktop is open on this data folder (%1). Nothing was changed. Quit the app (also from the tray icon) and try again, or use the same action from the app's menu.</source>
      <translation>Fibro Desktop está abierto con esta carpeta de datos (%1). No se cambió nada. Cierra la aplicación (también desde el icono de la bandeja) y vuelve a intentarlo, o usa la misma acción desde el menú de la aplicación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>Fibro Desktop: a private, offline companion for muscle spasms in fibromyalgia.</source>
      <translation>Fibro Desktop: un compañero privado y sin conexión para los espasmos musculares de la fibromialgia.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>Give it with --passphrase-file PATH or the %1 environment variable.</source>
      <translation>Indícala con --passphrase-file PATH o con la variable de entorno %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Give the passphrase with --passphrase-file PATH or FIBRO_DESKTOP_PASSPHRASE.</source>
      <translation>Indica la frase de contraseña con --passphrase-file PATH o FIBRO_DESKTOP_PASSPHRASE.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Imported %n new rows; %1 were already there.</source>
      <extracomment>A count. English: Imported %n new row; %1 were already there. / Imported %n new rows; %1 were already there.</extracomment>
      <translation>
        <numerusform>Se importó %n fila nueva; %1 ya estaban.</numerusform>
        <numerusform>Se importaron %n filas nuevas; %1 ya estaban.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>No backups yet in %1.</source>
      <translation>Aún no hay copias de seguridad en %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Restored %1.</source>
      <translation>Restaurada: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The first day must come before the last one.</source>
      <translation>El primer día tiene que ir antes que el último.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The folder %1 does not exist.</source>
      <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The report could not be written to %1: %2. Nothing was left there.</source>
      <translation>No se pudo escribir el informe en %1: %2. No se dejó nada ahí.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Your %n recordings are in %1; keep it beside the export.</source>
      <extracomment>A count. English: Your %n recording is in %1; keep it beside the export. / Your %n recordings are in %1; keep it beside the export.</extracomment>
      <translation>
        <numerusform>Tu grabación (%n) está en %1; guárdalo junto a la exportación.</numerusform>
        <numerusform>Tus %n grabaciones están en %1; guárdalo junto a la exportación.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Your data as it was before is kept in %1.</source>
      <translation>Tus datos tal como estaban antes se guardan en %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>a JSON export, or a CSV export (folder or .zip)</source>
      <translation>una exportación JSON, o una exportación CSV (carpeta o .zip)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>a note of your own for your provider</source>
      <translation>una nota tuya para tu médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>also put a copy into FOLDER</source>
      <translation>poner también una copia en FOLDER</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>another fibro-desktop command (%1) is working on this data folder (%2). Nothing was changed. Try again when it has finished.</source>
      <translation>otro comando de fibro-desktop (%1) está trabajando con esta carpeta de datos (%2). No se cambió nada. Vuelve a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>backups: %1, newest %2</source>
      <translation>copias de seguridad: %1, la más reciente %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>backups: 0</source>
      <translation>copias de seguridad: 0</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>cannot read %1: %2</source>
      <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>cannot read the passphrase file %1: %2</source>
      <translation>no se puede leer el archivo de la frase de contraseña %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>cannot use the data folder %1: %2. Nothing was changed.</source>
      <translation>no se puede usar la carpeta de datos %1: %2. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>check that your data file is healthy (exit 1 when not)</source>
      <translation>comprobar que tu archivo de datos está sano (sale con 1 si no lo está)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>could not save: %1. What was not saved was left out whole; please free some space or check the folder, and try again.</source>
      <translation>no se pudo guardar: %1. Lo que no se guardó se dejó fuera entero; libera espacio o revisa la carpeta, y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>could not write %1: %2</source>
      <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>data folder:</source>
      <translation>carpeta de datos:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>data version: %1 (this app understands up to %2)</source>
      <translation>versión de los datos: %1 (esta aplicación entiende hasta la %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>database:</source>
      <translation>base de datos:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>export your data to JSON or CSV</source>
      <translation>exportar tus datos a JSON o CSV</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>fill the data folder (a temporary one if none is given) with sample data</source>
      <translation>llenar la carpeta de datos (una temporal si no se indica ninguna) con datos de ejemplo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>first day (YYYY-MM-DD)</source>
      <translation>primer día (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>first day (YYYY-MM-DD); default 90 days ago</source>
      <translation>primer día (AAAA-MM-DD); por defecto, hace 90 días</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>import a JSON or CSV export (all or nothing)</source>
      <translation>importar una exportación JSON o CSV (todo o nada)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>json only: also write your own recordings into NAME-audio.zip beside the export (import brings them back when it finds that zip beside the file)</source>
      <translation>solo json: escribir también tus propias grabaciones en NAME-audio.zip junto a la exportación (al importar se recuperan si ese zip está junto al archivo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>json: one file; csv: one file per table (a folder, or a .zip)</source>
      <translation>json: un archivo; csv: un archivo por tabla (una carpeta, o un .zip)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>last day (YYYY-MM-DD)</source>
      <translation>último día (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>last day (YYYY-MM-DD); default today</source>
      <translation>último día (AAAA-MM-DD); por defecto, hoy</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>list the backups and exit</source>
      <translation>mostrar las copias de seguridad y salir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>logs:</source>
      <translation>registros técnicos:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>make a checked backup now</source>
      <translation>hacer ahora una copia de seguridad comprobada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing could be read: %1</source>
      <translation>no se pudo leer nada: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing was imported. %1</source>
      <translation>no se importó nada. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing was imported: the recordings could not be copied (%1).</source>
      <translation>no se importó nada: no se pudieron copiar las grabaciones (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>open every tab, write and read the database, then exit (0 = all good)</source>
      <translation>abrir todas las pestañas, escribir y leer la base de datos, y salir (0 = todo bien)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>open the data file read-only, as it is, and export whatever can be read (for a damaged file, or one from a newer version)</source>
      <translation>abrir el archivo de datos en solo lectura, tal como está, y exportar todo lo que se pueda leer (para un archivo dañado, o de una versión más nueva)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>paper size (default a4)</source>
      <translation>tamaño del papel (por defecto a4)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>read the passphrase of protected data from the first line of PATH ('-': standard input); also: FIBRO_DESKTOP_PASSPHRASE</source>
      <translation>leer la frase de contraseña de los datos protegidos de la primera línea de PATH ('-': entrada estándar); también: FIBRO_DESKTOP_PASSPHRASE</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>replace PATH if it already exists</source>
      <translation>reemplazar PATH si ya existe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>report written: %1 (%2 to %3)</source>
      <translation>informe escrito: %1 (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>restore a backup (your current data is backed up first)</source>
      <translation>restaurar una copia de seguridad (antes se hace una copia de tus datos actuales)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>show where your data and logs are kept</source>
      <translation>mostrar dónde se guardan tus datos y los registros técnicos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>start quietly in the tray (minimised where there is no tray), as starting at login does</source>
      <translation>iniciar discretamente en la bandeja (minimizado donde no hay bandeja), como al iniciar con la sesión</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>that passphrase does not open this data. Nothing was changed.</source>
      <translation>esa frase de contraseña no abre estos datos. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>the PDF file to write</source>
      <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>the backup to restore (default: the newest good one)</source>
      <translation>la copia de seguridad que se restaura (por defecto: la buena más reciente)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>the passphrase file %1 is empty</source>
      <translation>el archivo de la frase de contraseña %1 está vacío</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>there is no good backup in %1.</source>
      <translation>no hay ninguna copia de seguridad buena en %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>unreadable</source>
      <translation>ilegible</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>use DIR for data instead of the usual folder (also: FIBRO_DESKTOP_DATA_DIR)</source>
      <translation>usar DIR para los datos en lugar de la carpeta habitual (también: FIBRO_DESKTOP_DATA_DIR)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>where to write</source>
      <translation>dónde escribir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>write a PDF report of a period for your provider</source>
      <translation>escribir un informe PDF de un periodo para tu médico</translation>
    </message>
  </context>
  <context>
    <name>data_file</name>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be opened: %2.</source>
      <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be read: %2.</source>
      <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be read: it is damaged, or protected with a different passphrase.</source>
      <translation>No se puede leer %1: está dañado o protegido con otra frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 is damaged: %2.</source>
      <translation>%1 está dañado: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 is not a Fibro Desktop data file (unknown format).</source>
      <translation>%1 no es un archivo de datos de Fibro Desktop (formato desconocido).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>That passphrase does not open this data. Nothing was changed; please try again.</source>
      <translation>Esa frase de contraseña no abre estos datos. No se cambió nada; vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 cannot be opened: %2.</source>
      <translation>No se puede abrir el archivo de datos %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 cannot be read: %2.</source>
      <translation>No se puede leer el archivo de datos %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged, or protected with a different passphrase.</source>
      <translation>El archivo de datos %1 está dañado o protegido con otra frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged: %2</source>
      <translation>El archivo de datos %1 está dañado: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged: %2.</source>
      <translation>El archivo de datos %1 está dañado: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data file %1 is empty or missing, but backups of your data are beside it, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing was changed. Restore the newest good backup (Fibro Desktop offers it at start, or run: fibro-desktop restore).</source>
      <translation>El archivo de datos %1 está vacío o falta, pero a su lado hay copias de seguridad de tus datos, así que no es un comienzo nuevo: probablemente los datos se perdieron por un cierre inesperado, un disco lleno o un servicio de sincronización. No se cambió nada. Restaura la copia buena más reciente (Fibro Desktop te la ofrece al iniciar, o ejecuta: fibro-desktop restore).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is empty; it will be set up at start.</source>
      <translation>El archivo de datos %1 está vacío; se preparará al iniciar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is in good order.</source>
      <translation>El archivo de datos %1 está en buen estado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is not in a format Fibro Desktop knows.</source>
      <translation>El archivo de datos %1 no tiene un formato que Fibro Desktop conozca.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is protected with a passphrase.</source>
      <translation>El archivo de datos %1 está protegido con una frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 was saved by a newer version of Fibro Desktop (data version %2; this one understands up to %3).</source>
      <translation>El archivo de datos %1 se guardó con una versión más nueva de Fibro Desktop (versión de datos %2; esta entiende hasta la %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes. %2 Nothing was changed.</source>
      <translation>No se puede escribir en la carpeta de datos %1: es de solo lectura o está en una unidad que no permite cambios. %2 No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes. Nothing was changed.</source>
      <translation>No se puede escribir en la carpeta de datos %1: es de solo lectura o está en una unidad que no permite cambios. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The disk is full (%1). Nothing was changed. Please free some space and try again.</source>
      <translation>El disco está lleno (%1). No se cambió nada. Libera algo de espacio y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The disk is full. Nothing was changed. Please free some space and try again.</source>
      <translation>El disco está lleno. No se cambió nada. Libera algo de espacio y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The passphrase does not open the data file %1.</source>
      <translation>La frase de contraseña no abre el archivo de datos %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>There is no data file yet at %1.</source>
      <translation>Todavía no hay ningún archivo de datos en %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>This data is protected with a passphrase. Please enter it to open the data.</source>
      <translation>Estos datos están protegidos con una frase de contraseña. Escríbela para abrirlos, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>This data must be upgraded to this version first, which needs the folder to be writable.</source>
      <translation>Primero hay que actualizar estos datos a esta versión, y para eso la carpeta tiene que permitir escribir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>This data was saved by a newer version of Fibro Desktop (data version %1; this version understands up to %2). It has not been changed. Please install the newer version.</source>
      <translation>Estos datos se guardaron con una versión más nueva de Fibro Desktop (versión de datos %1; esta versión entiende hasta la %2). No se han cambiado. Instala la versión más nueva, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>Upgrading the data to version %1 (%2) failed: %3. Your data is unchanged.</source>
      <translation>Falló la actualización de los datos a la versión %1 (%2): %3. Tus datos no han cambiado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>the disk is full</source>
      <translation>el disco está lleno</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>the folder cannot be written to</source>
      <translation>no se puede escribir en la carpeta</translation>
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
      <translation>Estiramiento lateral suave</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>A sip and a new position</source>
      <translation>Un sorbo y una postura nueva</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Blink slowly a few times and breathe out.</source>
      <translation>Parpadea despacio unas cuantas veces y suelta el aire.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe in and let your shoulders rise a little.</source>
      <translation>Toma aire y deja que los hombros suban un poco.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe in through the nose for a count of four.</source>
      <translation>Toma aire por la nariz mientras cuentas hasta cuatro.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out slowly and let it feel heavy. Do not stretch into the cramp.</source>
      <translation>Suelta el aire despacio y deja que se sienta pesado. No estires hasta el calambre.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out slowly and let them sink down, heavy and loose.</source>
      <translation>Suelta el aire despacio y deja que bajen, pesados y sueltos.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out through the mouth for a count of six.</source>
      <translation>Suelta el aire por la boca mientras cuentas hasta seis.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out through the mouth, slowly.</source>
      <translation>Suelta el aire por la boca, despacio.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Change feet. If a calf or a foot starts to tighten, stop and let it rest flat.</source>
      <translation>Cambia de pie. Si una pantorrilla o un pie empieza a tensarse, para y deja que descanse apoyado.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Come back to the middle and turn a little to the other side.</source>
      <translation>Vuelve al centro y gira un poco hacia el otro lado.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Come back while breathing out; change sides. Stop well before any pull.</source>
      <translation>Vuelve mientras sueltas el aire; cambia de lado. Para mucho antes de notar un tirón.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Do it twice more, without forcing anything.</source>
      <translation>Hazlo dos veces más, sin forzar nada.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Easy ankle circles, sitting</source>
      <translation>Círculos suaves con los tobillos, sentado</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Fill your glass of water on the way.</source>
      <translation>Llena tu vaso de agua por el camino.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Find a position where the tight muscle is supported and can let go: lean back, rest the arm, put the foot flat.</source>
      <translation>Busca una postura en la que el músculo tenso esté apoyado y pueda soltarse: recuéstate, apoya el brazo, pon el pie plano.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let it rest, supported</source>
      <translation>Déjalo descansar, apoyado</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let the shoulders drop</source>
      <translation>Deja caer los hombros</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let your arms hang and breathe out.</source>
      <translation>Deja colgar los brazos y suelta el aire.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let your teeth part and your tongue rest low.</source>
      <translation>Separa un poco los dientes y deja la lengua relajada abajo.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Lift the front of one foot a little and draw slow, small circles with it; keep the toes soft, never pointed or curled.</source>
      <translation>Levanta un poco la punta de un pie y dibuja con ella círculos pequeños y lentos; deja los dedos sueltos, nunca en punta ni encogidos.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Long breaths out</source>
      <translation>Exhalaciones largas</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Look away from the screen at something far away.</source>
      <translation>Aparta la vista de la pantalla y mira algo lejano.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Look into the distance</source>
      <translation>Mira a lo lejos</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Notice the face and forehead easing.</source>
      <translation>Nota cómo se relajan la cara y la frente.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Open the hands</source>
      <translation>Abre las manos</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Open your fingers slowly, then let them curl softly.</source>
      <translation>Abre los dedos despacio y luego deja que se cierren con suavidad.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Reach the other arm up and over only a little, and breathe in.</source>
      <translation>Sube el otro brazo y llévalo por encima solo un poco, y toma aire.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Repeat a few times, gently, without squeezing.</source>
      <translation>Repite unas cuantas veces, con suavidad, sin apretar.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Repeat five times; let the belly move.</source>
      <translation>Repite cinco veces; deja que la barriga se mueva.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Rest the warm palms on your neck or shoulders and breathe out.</source>
      <translation>Apoya las palmas calientes en el cuello o los hombros y suelta el aire.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Rub your palms together slowly until they feel warm.</source>
      <translation>Frota las palmas despacio hasta que las notes calientes.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Shift in your seat: move your weight, put both feet flat, sit back.</source>
      <translation>Cambia de postura en la silla: mueve el peso, apoya los dos pies y échate hacia atrás.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Sit back with both feet resting on the floor.</source>
      <translation>Échate hacia atrás con los dos pies apoyados en el suelo.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Sit tall and turn your head a little to one side, only as far as is comfortable.</source>
      <translation>Siéntate erguido y gira un poco la cabeza hacia un lado, solo hasta donde te resulte cómodo.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Slow shoulder circles</source>
      <translation>Círculos lentos con los hombros</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Small head turns</source>
      <translation>Giros pequeños de cabeza</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Soften the jaw</source>
      <translation>Afloja la mandíbula</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand up and walk a little</source>
      <translation>Levántate y camina un poco</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand up slowly, using the desk if you like.</source>
      <translation>Levántate despacio, apoyándote en la mesa si quieres.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand with your feet apart and one hand on your hip.</source>
      <translation>Ponte de pie con los pies separados y una mano en la cadera.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Standing or sitting, roll your shoulders slowly backwards five times.</source>
      <translation>De pie o sentado, gira los hombros despacio hacia atrás cinco veces.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Take a few sips of water.</source>
      <translation>Bebe unos sorbos de agua.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Take your hands off the keyboard and let them rest on your thighs.</source>
      <translation>Quita las manos del teclado y déjalas descansar sobre los muslos.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Then five times forwards, small and easy.</source>
      <translation>Luego cinco veces hacia delante, pequeños y suaves.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Three slow turns each way.</source>
      <translation>Tres giros lentos hacia cada lado.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Walk around the room or to the kitchen at an easy pace, feet flat, no tiptoeing.</source>
      <translation>Camina por la habitación o hasta la cocina a un paso tranquilo, con los pies planos, sin ir de puntillas.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Warm the hands</source>
      <translation>Calienta las manos</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Warmth helps many people: a heat pad, or warm hands resting on it.</source>
      <translation>El calor ayuda a mucha gente: una almohadilla térmica, o unas manos calientes apoyadas encima.</translation>
    </message>
  </context>
  <context>
    <name>export_files</name>
    <message>
      <location filename="../../fibro_desktop/store/export.py" />
      <source>%1 is not an empty folder; choose a new or empty one.</source>
      <translation>%1 no es una carpeta vacía; elige una nueva o vacía.</translation>
    </message>
  </context>
  <context>
    <name>import_problems</name>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>"columns" must be a non-empty list of names.</source>
      <translation>"columns" tiene que ser una lista de nombres que no esté vacía.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>"rows" must be a list.</source>
      <translation>"rows" tiene que ser una lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 at %2 is not an ordinary file (it is a device, a pipe or a socket), so it is not a Fibro Desktop export.</source>
      <translation>%1 en %2 no es un archivo normal (es un dispositivo, una tubería o un socket), así que no es una exportación de Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 at %2 is not an ordinary file, so it is not a Fibro Desktop export.</source>
      <translation>%1 en %2 no es un archivo normal, así que no es una exportación de Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 cannot be read: %2.</source>
      <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 contains a NUL character (line %2).</source>
      <translation>%1 contiene un carácter NUL (línea %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 has no header row.</source>
      <translation>%1 no tiene fila de encabezado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 holds a cell far longer than any export has (line %2).</source>
      <translation>%1 tiene una celda mucho más larga que en cualquier exportación (línea %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is damaged or incomplete: it is not valid JSON from line %2, column %3.</source>
      <translation>%1 está dañado o incompleto: no es JSON válido desde la línea %2, columna %3.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is damaged: it is not valid CSV (line %2).</source>
      <translation>%1 está dañado: no es CSV válido (línea %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is far larger than an export's manifest.</source>
      <translation>%1 es mucho más grande que el índice de una exportación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is larger than %2 MB, the most an import accepts.</source>
      <translation>%1 ocupa más de %2 MB, lo máximo que acepta una importación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is nested too deeply to be an export.</source>
      <translation>%1 está anidado a demasiada profundidad para ser una exportación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>%1 is not a Fibro Desktop recordings archive.</source>
      <translation>%1 no es un archivo de grabaciones de Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is not text in UTF-8, as an export is (near line %2).</source>
      <translation>%1 no es texto en UTF-8, como lo es una exportación (cerca de la línea %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is not valid JSON: it holds %2, which is not a number an export contains.</source>
      <translation>%1 no es JSON válido: contiene %2, que no es un número de los que tiene una exportación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 lists no tables.</source>
      <translation>%1 no enumera ninguna tabla.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 names no valid file for this table.</source>
      <translation>%1 no indica un archivo válido para esta tabla.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>%1 was made by a newer version of Fibro Desktop. Please update the app first.</source>
      <translation>%1 se hizo con una versión más nueva de Fibro Desktop. Actualiza primero la aplicación, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A column is named twice.</source>
      <translation>Hay una columna con el nombre repetido.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>A name is required here.</source>
      <translation>Aquí hace falta un nombre.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A number is expected here, not %1.</source>
      <translation>Aquí se espera un número, no %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>A recording's file name must be a plain name, without folders or "..".</source>
      <translation>El nombre de archivo de una grabación tiene que ser un nombre simple, sin carpetas ni "..".</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A required column is missing.</source>
      <translation>Falta una columna necesaria.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A row must be a list of %1 values.</source>
      <translation>Una fila debe ser una lista de %1 valores.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A table must be an object with "columns" and "rows".</source>
      <translation>Una tabla tiene que ser un objeto con "columns" y "rows".</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A value of this kind (%1) cannot be stored.</source>
      <translation>Un valor de este tipo (%1) no se puede guardar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A whole number is expected here, not %1.</source>
      <translation>Aquí se espera un número entero, no %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Elige un número del 0 al 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Enter a whole number from %1 to %2.</source>
      <translation>Escribe un número entero del %1 al %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Only 0 (no) or 1 (yes) can be here.</source>
      <translation>Aquí solo puede haber 0 (no) o 1 (sí).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Please keep this under %1 characters.</source>
      <translation>Mantenlo por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The date %1 is before %2; the app keeps no records that old.</source>
      <translation>La fecha %1 es anterior a %2; la aplicación no guarda registros tan antiguos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day %1 is before %2; the app keeps no records that old.</source>
      <translation>El día %1 es anterior a %2; la aplicación no guarda registros tan antiguos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day %1 is in the future.</source>
      <translation>El día %1 está en el futuro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day does not match the date and time of the entry.</source>
      <translation>El día no coincide con la fecha y la hora de la entrada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export</source>
      <translation>La exportación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export holds more than %1 rows, the most an import accepts.</source>
      <translation>La exportación tiene más de %1 filas, lo máximo que acepta una importación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export's "schema_version" is missing or not a whole number.</source>
      <translation>Falta el "schema_version" de la exportación o no es un número entero.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export's "version" is missing or not a whole number.</source>
      <translation>Falta el "version" de la exportación o no es un número entero.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file</source>
      <translation>El archivo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file %1</source>
      <translation>El archivo %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file %1 is missing.</source>
      <translation>Falta el archivo %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file has no "tables" object.</source>
      <translation>El archivo no tiene un objeto "tables".</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file holds more than %1 rows, the most an import accepts.</source>
      <translation>El archivo tiene más de %1 filas, lo máximo que acepta una importación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The moment %1 (UTC) is in the future.</source>
      <translation>El momento %1 (UTC) está en el futuro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 in %2 is damaged (its content does not match).</source>
      <translation>La grabación %1 de %2 está dañada (su contenido no coincide).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 in %2 is damaged (its size is wrong).</source>
      <translation>La grabación %1 de %2 está dañada (su tamaño no es correcto).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 is missing from %2.</source>
      <translation>Falta la grabación %1 en %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recordings archive %1 is damaged: the zip cannot be read.</source>
      <translation>El archivo de grabaciones %1 está dañado: no se puede leer el zip.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The row cannot be stored: %1.</source>
      <translation>La fila no se puede guardar: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The row does not fit: %1.</source>
      <translation>La fila no encaja: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The row has %1 cells; the header has %2.</source>
      <translation>La fila tiene %1 celdas; el encabezado tiene %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The same %1 appears twice (also in row %2).</source>
      <translation>El mismo valor de %1 aparece dos veces (también en la fila %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The session is missing.</source>
      <translation>Falta la sesión.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The time zone of this moment is missing.</source>
      <translation>Falta la zona horaria de este momento.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The zip file is damaged; it cannot be read. If you have the export elsewhere, try that copy.</source>
      <translation>El archivo zip está dañado; no se puede leer. Si tienes la exportación en otro sitio, prueba con esa copia.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The zip file is protected with a password, which Fibro Desktop exports never are. Unpack it with your zip program, then import the folder it gives.</source>
      <translation>El archivo zip está protegido con contraseña, algo que las exportaciones de Fibro Desktop nunca tienen. Descomprímelo con tu programa de zip y luego importa la carpeta que resulte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>There is nothing at %1.</source>
      <translation>No hay nada en %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This count cannot be below 0.</source>
      <translation>Esta cantidad no puede ser menor que 0.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This export comes from a newer version of Fibro Desktop (data version %1; this one understands up to %2). Please update the app first.</source>
      <translation>Esta exportación viene de una versión más nueva de Fibro Desktop (versión de datos %1; esta entiende hasta la %2). Actualiza primero la aplicación, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This export was made by a newer version of Fibro Desktop (format version %1; this one reads up to %2). Please update the app first.</source>
      <translation>Esta exportación se hizo con una versión más nueva de Fibro Desktop (versión de formato %1; esta lee hasta la %2). Actualiza primero la aplicación, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. It is not JSON, the form of an export.</source>
      <translation>Este archivo no es una exportación de Fibro Desktop. No es JSON, la forma de una exportación.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. It is not text (an export is UTF-8 text; this file is not, from byte %1).</source>
      <translation>Este archivo no es una exportación de Fibro Desktop. No es texto (una exportación es texto UTF-8; este archivo no lo es a partir del byte %1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. Its %1 cannot be read: it is not text.</source>
      <translation>Este archivo no es una exportación de Fibro Desktop. Su %1 no se puede leer: no es texto.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This is not a Fibro Desktop export (its "format" is missing or different).</source>
      <translation>Esto no es una exportación de Fibro Desktop (falta su "format" o es distinto).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This is not a Fibro Desktop export: %1 is missing (every CSV export has one).</source>
      <translation>Esto no es una exportación de Fibro Desktop: falta %1 (toda exportación CSV lo tiene).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This is not a calendar day the app can read (%1); days are written like 2026-11-24.</source>
      <translation>Este no es un día del calendario que la aplicación pueda leer (%1); los días se escriben así: 2026-11-24.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This is not a date and time the app can read (%1). A spreadsheet may have changed it; export again and import the file unchanged.</source>
      <translation>Esta no es una fecha y hora que la aplicación pueda leer (%1). Puede que una hoja de cálculo la haya cambiado; vuelve a exportar e importa el archivo sin cambios.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This number is larger than the app allows (%1).</source>
      <translation>Este número es mayor de lo que permite la aplicación (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This role is not one the app knows.</source>
      <translation>La aplicación no conoce esta especialidad.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This row belongs to %1 %2 %3, which is not in the file.</source>
      <translation>Esta fila pertenece a %1 %2 %3, que no está en el archivo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This time-zone offset is not one a clock can have (UTC-12:00 to UTC+14:00).</source>
      <translation>Esta diferencia horaria no es una que pueda tener un reloj (de UTC-12:00 a UTC+14:00).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This version of the app has no such column.</source>
      <translation>Esta versión de la aplicación no tiene esa columna.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This version of the app has no such table.</source>
      <translation>Esta versión de la aplicación no tiene esa tabla.</translation>
    </message>
  </context>
  <context>
    <name>protection</name>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>Please choose a passphrase of at least %1 characters.</source>
      <translation>Elige una frase de contraseña de al menos %1 caracteres, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>That passphrase does not open this data. Nothing was changed.</source>
      <translation>Esa frase de contraseña no abre estos datos. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data could not be copied: %1. Nothing was changed.</source>
      <translation>No se pudieron copiar los datos: %1. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data is not in the state expected; nothing was changed.</source>
      <translation>Los datos no están en el estado esperado; no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data is still in use, so it was not changed. Please try again.</source>
      <translation>Los datos todavía están en uso, así que no se cambiaron. Vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The new copy did not match the data exactly; nothing was changed. %1</source>
      <translation>La nueva copia no coincidía exactamente con los datos; no se cambió nada. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>This installation cannot protect data with a passphrase (sqlcipher3 is missing).</source>
      <translation>Esta instalación no puede proteger datos con una frase de contraseña (falta sqlcipher3).</translation>
    </message>
  </context>
  <context>
    <name>relax_sessions</name>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About fifteen minutes to settle in bed: slow breathing, a gentle release of the body, calm imagery, then quiet. Ends in silence.</source>
      <translation>Unos quince minutos para acomodarte en la cama: respiración lenta, soltar el cuerpo con suavidad, imágenes tranquilas y luego calma. Termina en silencio.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About five minutes of easy movements in your chair, to go with a pacing break. Move slowly and only within comfort.</source>
      <translation>Unos cinco minutos de movimientos fáciles en tu silla, para acompañar un descanso. Muévete despacio y solo hasta donde estés cómodo.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About six minutes, with no tightening at all. Warm and heavy imagery for when a muscle is already spasming or sore.</source>
      <translation>Unos seis minutos, sin tensar nada. Imágenes de calor y peso para cuando un músculo ya tiene un espasmo o está dolorido.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About ten minutes. Move your attention slowly through the body, noticing without changing anything, and let each area soften.</source>
      <translation>Unos diez minutos. Lleva la atención despacio por el cuerpo, notando sin cambiar nada, y deja que cada zona se ablande.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About twelve minutes. Gently tighten one muscle group at a time, only a little, then let it go and notice the difference. Skip any muscle that feels sore.</source>
      <translation>Unos doce minutos. Tensa con suavidad un grupo muscular cada vez, solo un poco, luego suéltalo y nota la diferencia. Sáltate cualquier músculo que esté dolorido.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Body scan</source>
      <translation>Escaneo corporal</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Five minutes of slow breathing, about six breaths a minute: in for four seconds, out for six. Spoken cues at first, then soft tones.</source>
      <translation>Cinco minutos de respiración lenta, unas seis respiraciones por minuto: inhala durante cuatro segundos, exhala durante seis. Al principio con indicaciones habladas, luego con tonos suaves.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Five minutes. Four areas, tightened only a little and then released. Good for a short pause in the day.</source>
      <translation>Cinco minutos. Cuatro zonas, tensadas solo un poco y luego soltadas. Va bien para una pausa corta en el día.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Gentle desk warm-up</source>
      <translation>Calentamiento suave en el escritorio</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Paced breathing</source>
      <translation>Respiración pausada</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Progressive muscle relaxation, full</source>
      <translation>Relajación muscular progresiva, completa</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Progressive muscle relaxation, short</source>
      <translation>Relajación muscular progresiva, corta</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Release only</source>
      <translation>Solo soltar</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Sleep wind-down</source>
      <translation>Preparación para dormir</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A place has a side it does not have.</source>
      <translation>Un lugar tiene un lado que no tiene.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A place on the body is not known to the app.</source>
      <translation>La aplicación no conoce un lugar del cuerpo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A warning sign is not known to the app.</source>
      <translation>La aplicación no conoce una señal de alarma.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Elige un número del 0 al 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose a sleep state from the list.</source>
      <translation>Elige un estado de sueño de la lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose an activity level from the list.</source>
      <translation>Elige un nivel de actividad de la lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose an answer from the list.</source>
      <translation>Elige una respuesta de la lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose what kind of spasm it was.</source>
      <translation>Elige qué tipo de espasmo fue.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose which one you took.</source>
      <translation>Elige cuál tomaste.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Clean a free-text note (may be empty).</source>
      <translation>Limpia una nota de texto libre (puede estar vacía).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Clean a name; refuse an empty one and one over ``MAX_NAME_CHARS``.</source>
      <translation>Limpia un nombre; rechaza uno vacío y uno de más de ``MAX_NAME_CHARS``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Each thing you tried can be listed once.</source>
      <translation>Cada cosa que probaste se puede poner una sola vez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Enter a time between 0 minutes and 24 hours.</source>
      <translation>Escribe un tiempo entre 0 minutos y 24 horas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Enter between 0 and 24 hours of sleep.</source>
      <translation>Escribe entre 0 y 24 horas de sueño.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Give it a name, as you would write it.</source>
      <translation>Ponle un nombre, tal como lo escribirías.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>It can't have ended after now. Is it still going?</source>
      <translation>No puede haber terminado después de ahora. ¿Todavía continúa?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Parse a non-negative whole number (a quantity, threshold or target).

    An empty value gives ``None`` when ``allow_empty``. ``minimum`` lets a
    daily target require at least 1.
    </source>
      <translation>Lee un número entero no negativo (una cantidad, un umbral o una meta).

    Un valor vacío da ``None`` con ``allow_empty``. ``minimum`` permite que una
    meta diaria exija al menos 1.
    </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Problems with ``checkin``; ``today`` is the person's local date.</source>
      <translation>Problemas con ``checkin``; ``today`` es la fecha local de la persona.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Problems with ``episode`` as of ``now`` (aware), by field name.</source>
      <translation>Problemas con ``episode`` a fecha de ``now`` (con zona horaria), por nombre de campo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Raised by the store when a value breaks a rule above; ``field`` names
    the input ("name", "quantity"…) and ``code`` the error id.</source>
      <translation>Lo lanza el almacén cuando un valor rompe una regla de arriba; ``field`` nombra
    el dato ("name", "quantity"…) y ``code`` el id del error.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Raised by the store when an entry fails validation; nothing was written.

    ``errors`` maps field names to messages, as the ``validate_*`` functions
    return them.
    </source>
      <translation>Lo lanza el almacén cuando una entrada no pasa la validación; no se escribió nada.

    ``errors`` asocia nombres de campo a mensajes, tal como los devuelven
    las funciones ``validate_*``.
    </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say whether it helped: yes, a little, or no.</source>
      <translation>Di si ayudó: sí, un poco o no.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say whether it was taken or skipped.</source>
      <translation>Di si se tomó o se omitió.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say which side for each place.</source>
      <translation>Di qué lado para cada lugar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Something that did not help has no time to relief.</source>
      <translation>Algo que no ayudó no tiene tiempo hasta el alivio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>The count ``value``, or :class:`InvalidInput`; never ``None`` unless ``allow_empty``.</source>
      <translation>El número ``value``, o :class:`InvalidInput`; nunca ``None`` salvo con ``allow_empty``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The start can't be in the future.</source>
      <translation>El inicio no puede estar en el futuro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The start time needs a time zone.</source>
      <translation>La hora de inicio necesita una zona horaria.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The time can't be in the future.</source>
      <translation>La hora no puede estar en el futuro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The time needs a time zone.</source>
      <translation>La hora necesita una zona horaria.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>This list holds an entry the app does not know.</source>
      <translation>Esta lista tiene una entrada que la aplicación no conoce.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Time to relief must be between 0 minutes and 24 hours.</source>
      <translation>El tiempo hasta el alivio tiene que estar entre 0 minutos y 24 horas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>You can check in for today or earlier days.</source>
      <translation>Puedes hacer el registro de hoy o de días anteriores.</translation>
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
      <translation>Un calambre o una sacudida que altera el sueño</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A sharp, gripping tightness, often in calves or hands</source>
      <translation>Una tensión fuerte y aguda que agarra, a menudo en pantorrillas o manos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A tender knot that tightens when pressed or stretched</source>
      <translation>Un nudo sensible que se tensa al presionarlo o estirarlo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A tight spell that lasts minutes or hours</source>
      <translation>Una tensión que dura minutos u horas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Abdomen</source>
      <translation>Abdomen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Awake</source>
      <translation>Despierto/a</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Back of thighs</source>
      <translation>Parte trasera de los muslos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Both</source>
      <translation>Ambos lados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Breathing or relaxation audio</source>
      <translation>Audio de respiración o relajación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Calves</source>
      <translation>Pantorrillas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Chest</source>
      <translation>Pecho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Cold</source>
      <translation>Frío</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Cramp</source>
      <translation>Calambre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Did not help</source>
      <translation>No ayudó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Falling asleep</source>
      <translation>Al dormirme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Feet</source>
      <translation>Pies</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Fever</source>
      <translation>Fiebre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Forearms</source>
      <translation>Antebrazos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Front of thighs</source>
      <translation>Parte delantera de los muslos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Gentle movement</source>
      <translation>Movimiento suave</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Gentle stretch</source>
      <translation>Estiramiento suave</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hands</source>
      <translation>Manos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hard physical effort</source>
      <translation>Gran esfuerzo físico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Heat</source>
      <translation>Calor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Helped</source>
      <translation>Ayudó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Helped a little</source>
      <translation>Ayudó un poco</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hips and glutes</source>
      <translation>Caderas y glúteos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>It woke me up</source>
      <translation>Me despertó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Jaw</source>
      <translation>Mandíbula</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Just woken up</source>
      <translation>Al despertarme</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Knot</source>
      <translation>Nudo muscular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Left</source>
      <translation>Izquierda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Light activity</source>
      <translation>Actividad ligera</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Long sitting or one posture</source>
      <translation>Mucho tiempo sentado o en una misma postura</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Long tension</source>
      <translation>Contractura</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Loss of balance</source>
      <translation>Pérdida de equilibrio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Lower back</source>
      <translation>Zona lumbar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Magnesium on the skin</source>
      <translation>Magnesio sobre la piel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Magnesium or electrolyte drink</source>
      <translation>Bebida con magnesio o electrolitos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Massage or myofascial release</source>
      <translation>Masaje o liberación miofascial</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Moderate activity</source>
      <translation>Actividad moderada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Muscle swelling</source>
      <translation>Hinchazón muscular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Neck</source>
      <translation>Cuello</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Night cramp</source>
      <translation>Calambre nocturno</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>No, they were interrupted a lot</source>
      <translation>No, se interrumpieron mucho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Not enough water</source>
      <translation>Poca agua</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Numbness</source>
      <translation>Entumecimiento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Partly, with some interruptions</source>
      <translation>En parte, con algunas interrupciones</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Poor sleep</source>
      <translation>Dormir mal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Prescribed medication</source>
      <translation>Medicamento recetado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Racing heart</source>
      <translation>Corazón acelerado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Repetitive task</source>
      <translation>Tarea repetitiva</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Rest</source>
      <translation>Reposo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Resting</source>
      <translation>En reposo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Right</source>
      <translation>Derecha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Shoulders</source>
      <translation>Hombros</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Skipped a meal</source>
      <translation>Saltarse una comida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Small rippling twitches under the skin</source>
      <translation>Pequeñas sacudidas que ondulan bajo la piel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Strenuous activity</source>
      <translation>Actividad intensa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Stress or worry</source>
      <translation>Estrés o preocupación</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Tiredness</source>
      <translation>Cansancio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Twitching</source>
      <translation>Sacudidas musculares</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Upper arms</source>
      <translation>Brazos (parte superior)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Upper back</source>
      <translation>Parte alta de la espalda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Water</source>
      <translation>Agua</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Weakness</source>
      <translation>Debilidad</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Yes, without interruption</source>
      <translation>Sí, sin interrupciones</translation>
    </message>
  </context>
  <context>
    <name>warning_signs</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before.</source>
      <translation>%1 episodios en las últimas 4 semanas frente a %2 en las 4 anteriores.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before; typical intensity %3 against %4.</source>
      <translation>%1 episodios en las últimas 4 semanas frente a %2 en las 4 anteriores; intensidad típica %3 frente a %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 or more spasms a day on %2 of 7 days.</source>
      <translation>%1 o más espasmos al día en %2 de 7 días.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 spasms of %2 or more in 7 days.</source>
      <translation>%1 espasmos de %2 o más en 7 días.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/flag_text.py" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode came with: %1.</source>
      <translation>Un episodio vino con: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode has been going on for %1 and is not marked as over.</source>
      <translation>Un episodio lleva %1 y no está marcado como terminado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode limited moving around %1 of 10.</source>
      <translation>Un episodio limitó el movimiento a %1 de 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Moving about was %1 of 10 or less on %2 of 7 days.</source>
      <translation>La movilidad fue de %1 de 10 o menos en %2 de 7 días.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>One spasm lasted %1.</source>
      <translation>Un espasmo duró %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Spasms at night on %1 of 7 nights, %2 nights in a row.</source>
      <translation>Espasmos por la noche en %1 de 7 noches, %2 noches seguidas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Spasms at night on %1 of 7 nights.</source>
      <translation>Espasmos por la noche en %1 de 7 noches.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>The day's check-in noted: %1.</source>
      <translation>El registro de ese día anotó: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>The day's check-in rated moving about %1 of 10.</source>
      <translation>El registro de ese día valoró la movilidad en %1 de 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Typical intensity %1 against %2 in the 4 weeks before.</source>
      <translation>Intensidad típica %1 frente a %2 en las 4 semanas anteriores.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>You kept up at least half of your routine on %1 of the last 28 days.</source>
      <translation>Cumpliste al menos la mitad de tu rutina en %1 de los últimos 28 días.</translation>
    </message>
  </context>
</TS>
