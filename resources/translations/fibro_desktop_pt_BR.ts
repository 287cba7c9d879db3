<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>&amp;Licences</source>
      <translation>&amp;Licenças</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>A private companion for people with fibromyalgia who live with muscle spasms.</source>
      <translation>Um companheiro particular para quem vive com fibromialgia e espasmos musculares.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>About Fibro Desktop</source>
      <translation>Sobre o Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Fibro Desktop %1</source>
      <translation>Fibro Desktop %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Log files: %1</source>
      <translation>Arquivos de registro (log): %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Open data folder</source>
      <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Your data is kept here, on this computer only:
%1</source>
      <translation>Seus dados ficam aqui, somente neste computador:
%1</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <location filename="../../fibro_desktop/ui/kit/names.py" />
      <source>Column headings</source>
      <translation>Cabeçalhos das colunas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/kit/names.py" />
      <source>Row headings</source>
      <translation>Cabeçalhos das linhas</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;About Fibro Desktop</source>
      <translation>So&amp;bre o Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Sair</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Settings…</source>
      <translation>&amp;Configurações…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Show Fibro Desktop</source>
      <translation>&amp;Mostrar o Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>&amp;Welcome and safety notes</source>
      <translation>Boas-&amp;vindas e avisos de segurança</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/actions.py" />
      <source>Open the &amp;data folder</source>
      <translation>Abrir a pasta de &amp;dados</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>A Fibro Desktop command (%1) is working on your data right now. Please start Fibro Desktop again when it has finished.</source>
      <translation>Um comando do Fibro Desktop (%1) está trabalhando com seus dados agora. Abra o Fibro Desktop de novo quando ele terminar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop could not write in your data folder %1; the disk may be full.</source>
      <translation>O Fibro Desktop não conseguiu gravar na sua pasta de dados %1; o disco pode estar cheio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop is already running; its window was brought to the front.</source>
      <translation>O Fibro Desktop já está aberto; a janela dele foi trazida para a frente.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Fibro Desktop seems to be running already but does not answer. Please close it, or restart the computer, and try again.</source>
      <translation>O Fibro Desktop parece já estar aberto, mas não responde. Feche-o, ou reinicie o computador, e tente de novo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>The data folder %1 cannot be created: %2 Please choose another folder.</source>
      <translation>Não foi possível criar a pasta de dados %1: %2 Escolha outra pasta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>The data folder cannot be created: %1</source>
      <translation>Não foi possível criar a pasta de dados: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data cannot be opened there without writing to it. Nothing was changed. Please %1, and start again.</source>
      <translation>Seus dados não podem ser abertos ali sem gravar neles. Nada foi alterado. Por favor, %1 e abra de novo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes.</source>
      <translation>Não é possível gravar na sua pasta de dados %1: ela é somente leitura, ou está em uma unidade que não permite alterações.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>Your data is open for reading only: you can look at it, export it and make the provider report, but changes cannot be saved. To save again, %1, then restart Fibro Desktop.</source>
      <translation>Seus dados estão abertos só para leitura: você pode vê-los, exportá-los e gerar o relatório para a consulta, mas as alterações não podem ser salvas. Para voltar a salvar, %1 e depois reinicie o Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>free some space on that disk</source>
      <translation>libere um pouco de espaço nesse disco</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>make the folder writable, or move your data folder to a drive that allows changes</source>
      <translation>permita gravar na pasta, ou mova sua pasta de dados para uma unidade que permita alterações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>the disk is full.</source>
      <translation>o disco está cheio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/app.py" />
      <source>the place it is in cannot be written to.</source>
      <translation>não é possível gravar no lugar onde ela está.</translation>
    </message>
  </context>
  <context>
    <name>BodyMap</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (both sides)</source>
      <translation>%1 (os dois lados)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (left)</source>
      <translation>%1 (lado esquerdo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1 (right)</source>
      <translation>%1 (lado direito)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, not selected</source>
      <translation>%1, não selecionado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/labels.py" />
      <source>%1, selected</source>
      <translation>%1, selecionado</translation>
    </message>
  </context>
  <context>
    <name>BodyMapPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>&amp;Picked muscle groups</source>
      <translation>&amp;Grupos musculares escolhidos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>C&amp;lear</source>
      <translation>&amp;Limpar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Clear picked muscle groups</source>
      <translation>Limpar os grupos musculares escolhidos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Nothing picked yet. Click the place on the figures, or use Tab to move from place to place and Space to pick.</source>
      <translation>Nada escolhido ainda. Clique no lugar nas figuras, ou use Tab para ir de um lugar a outro e Espaço para escolher.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/panel.py" />
      <source>Picked muscle groups</source>
      <translation>Grupos musculares escolhidos</translation>
    </message>
  </context>
  <context>
    <name>BodyMapWidget</name>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>%1% of the highest</source>
      <translation>%1% do maior valor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Back</source>
      <translation>Costas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Body map</source>
      <translation>Mapa do corpo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front</source>
      <translation>Frente</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front and back figures. Tab or the arrow keys move between muscle groups; Space picks or unpicks one; Ctrl+Tab leaves the map.</source>
      <translation>Figuras de frente e de costas. Tab ou as setas passam de um grupo muscular a outro; Espaço escolhe ou desfaz a escolha; Ctrl+Tab sai do mapa.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Front and back figures. The arrow keys move between muscle groups.</source>
      <translation>Figuras de frente e de costas. As setas passam de um grupo muscular a outro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Left</source>
      <translation>Esquerda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Less</source>
      <translation>Menos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>More</source>
      <translation>Mais</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Nothing picked.</source>
      <translation>Nada escolhido.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Picked: %1.</source>
      <translation>Escolhidos: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/body_map/widget.py" />
      <source>Right</source>
      <translation>Direita</translation>
    </message>
  </context>
  <context>
    <name>BreakPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>%1 left</source>
      <translation>faltam %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Close</source>
      <translation>&amp;Fechar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;I did it</source>
      <translation>&amp;Já fiz</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Not now</source>
      <translation>Agora &amp;não</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Postpone</source>
      <translation>&amp;Adiar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Postpone %1 min</source>
      <translation>&amp;Adiar %1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Skip</source>
      <translation>&amp;Pular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>&amp;Take it now</source>
      <translation>Fa&amp;zer agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Available once most of the break has passed</source>
      <translation>Disponível quando a maior parte da pausa tiver passado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break panel</source>
      <translation>Painel da pausa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Break progress</source>
      <translation>Progresso da pausa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Coming up in a few seconds. Finish your sentence, or take it now.</source>
      <translation>Começa em alguns segundos. Termine sua frase, ou faça agora.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>I drank a &amp;glass</source>
      <translation>Bebi um &amp;copo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Logged from a break (Spasm now)</source>
      <translation>Registrado durante uma pausa (Espasmo agora)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Play &amp;release audio</source>
      <translation>Tocar áudio para &amp;relaxar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Play &amp;warm-up audio</source>
      <translation>Tocar áudio de a&amp;quecimento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Espasmo agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Time left</source>
      <translation>Tempo restante</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/panel.py" />
      <source>Turns this into a recovery break, holds desk time and opens the quick log</source>
      <translation>Transforma esta pausa em uma pausa de recuperação, segura o tempo no computador e abre o registro rápido</translation>
    </message>
  </context>
  <context>
    <name>BrokenPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" />
      <source>Something saved in your data could not be read, so “%1” could not open. Nothing has been changed or deleted, and the other tabs work as usual.

You can put back a backup from before the problem, or save everything that can still be read to a file.</source>
      <translation>Algo salvo nos seus dados não pôde ser lido, então “%1” não pôde abrir. Nada foi alterado nem apagado, e as outras abas funcionam normalmente.

Você pode restaurar uma cópia de segurança de antes do problema, ou salvar em um arquivo tudo o que ainda pode ser lido.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/broken_page.py" />
      <source>This part cannot be shown right now</source>
      <translation>Esta parte não pode ser mostrada agora</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (%2 % to %3 %)</source>
      <translation>%1 (%2% a %3%)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 (%2 on %3)</source>
      <translation>%1 (%2 em %3)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 (%2 on %n days)</source>
      <extracomment>A count. English: %1 (%2 on %n day) / %1 (%2 on %n days)</extracomment>
      <translation>
        <numerusform>%1 (%2 em %n dia)</numerusform>
        <numerusform>%1 (%2 em %n dias)</numerusform>
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
        <numerusform>%1 (de %n check-in)</numerusform>
        <numerusform>%1 (de %n check-ins)</numerusform>
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
        <numerusform>%1 (anotado em %n espasmo)</numerusform>
        <numerusform>%1 (anotado em %n espasmos)</numerusform>
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
        <numerusform>%1 min (de %n vezes)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%1 of %n days</source>
      <extracomment>A count. English: %1 of %n day / %1 of %n days</extracomment>
      <translation>
        <numerusform>%1 de %n dia</numerusform>
        <numerusform>%1 de %n dias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%1 of %n tracked days</source>
      <extracomment>A count. English: %1 of %n tracked day / %1 of %n tracked days</extracomment>
      <translation>
        <numerusform>%1 de %n dia registrado</numerusform>
        <numerusform>%1 de %n dias registrados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 point</source>
      <translation>%1 ponto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1 points</source>
      <translation>%1 pontos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1 with it: %2; %3 without: %4</source>
      <translation>%1 com ele: %2; %3 sem ele: %4</translation>
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
        <numerusform>%1: %2 minutos em %n sessão</numerusform>
        <numerusform>%1: %2 minutos em %n sessões</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: %2 of %n breaks taken; %3</source>
      <extracomment>A count. English: %1: %2 of %n break taken; %3 / %1: %2 of %n breaks taken; %3</extracomment>
      <translation>
        <numerusform>%1: %2 de %n pausa feita; %3</numerusform>
        <numerusform>%1: %2 de %n pausas feitas; %3</numerusform>
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
        <numerusform>%1: %n espasmo, média de 7 dias %2</numerusform>
        <numerusform>%1: %n espasmos, média de 7 dias %2</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%1: no record at all</source>
      <translation>%1: nenhum registro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1: not enough data yet (at least %2 days on each side).</source>
      <translation>%1: ainda não há dados suficientes (pelo menos %2 dias de cada lado).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>%1: noted on %n spasms</source>
      <extracomment>A count. English: %1: noted on %n spasm / %1: noted on %n spasms</extracomment>
      <translation>
        <numerusform>%1: anotado em %n espasmo</numerusform>
        <numerusform>%1: anotado em %n espasmos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>%1: the numbers</source>
      <translation>%1: os números</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%1: too few ratings to say yet (%2 needed)</source>
      <translation>%1: poucas notas para dizer ainda (são necessárias %2)</translation>
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
        <numerusform>%Ln check-in</numerusform>
        <numerusform>%Ln check-ins</numerusform>
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
        <numerusform>%n dia com check-in</numerusform>
        <numerusform>%n dias com check-in</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n days</source>
      <extracomment>A count. English: %n day / %n days</extracomment>
      <translation>
        <numerusform>%n dia</numerusform>
        <numerusform>%n dias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>%n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</source>
      <extracomment>A count. English: %n day without any record is left out of these numbers: it is not known whether it had spasms, so it is not counted as a day without them. / %n days without any record are left out of these numbers: it is not known whether they had spasms, so they are not counted as days without them.</extracomment>
      <translation>
        <numerusform>%n dia sem nenhum registro fica fora destes números: não se sabe se teve espasmos, então não conta como um dia sem eles.</numerusform>
        <numerusform>%n dias sem nenhum registro ficam fora destes números: não se sabe se tiveram espasmos, então não contam como dias sem eles.</numerusform>
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
        <numerusform>%n espasmo nos dias seguintes</numerusform>
        <numerusform>%n espasmos nos dias seguintes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>%n spasms the next day</source>
      <extracomment>A count. English: %n spasm the next day / %n spasms the next day</extracomment>
      <translation>
        <numerusform>%n espasmo no dia seguinte</numerusform>
        <numerusform>%n espasmos no dia seguinte</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>%n tracked days</source>
      <extracomment>A count. English: %n tracked day / %n tracked days</extracomment>
      <translation>
        <numerusform>%n dia registrado</numerusform>
        <numerusform>%n dias registrados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;From</source>
      <translation>&amp;De</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Note</source>
      <translation>A&amp;notação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Open the report</source>
      <translation>&amp;Abrir o relatório</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>&amp;Paper</source>
      <translation>&amp;Papel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Período:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>&amp;To</source>
      <translation>A&amp;té</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>1 time as many means no difference. "Could be chance" means the difference does not stand out once all your triggers are looked at together. A trigger needs at least %1 check-in days with it and %1 without before a number is shown.</source>
      <translation>1 vez a quantidade quer dizer nenhuma diferença. "Pode ser acaso" quer dizer que a diferença não se destaca quando todos os seus gatilhos são vistos juntos. Um gatilho precisa de pelo menos %1 dias com check-in com ele e %1 sem ele antes de aparecer um número.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>7-day average</source>
      <translation>Média de 7 dias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>; could be chance</source>
      <translation>; pode ser acaso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>A PDF summary of your spasms, check-ins, what helped and your medication log, to bring to your doctor or therapist. It stays on this computer until you share it.</source>
      <translation>Um resumo em PDF dos seus espasmos, check-ins, do que ajudou e do registro de remédios, para levar ao seu médico ou terapeuta. Ele fica neste computador até você compartilhar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>About %1 times as many (%2 to %3).</source>
      <translation>Cerca de %1 vezes a quantidade (%2 a %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>After the days with the most breaks taken (%1 days), %2 spasms the next day on average; after the days with the fewest (%3 days), %4.</source>
      <translation>Depois dos dias com mais pausas feitas (%1 dias), %2 espasmos no dia seguinte, em média; depois dos dias com menos (%3 dias), %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>After the days with the most breaks taken (%1 days): %2 spasms the next day on average; after the days with the fewest (%3 days): %4.</source>
      <translation>Depois dos dias com mais pausas feitas (%1 dias): %2 espasmos no dia seguinte, em média; depois dos dias com menos (%3 dias): %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Anything you want your provider to read first (optional)</source>
      <translation>O que você quer que o profissional de saúde leia primeiro (opcional)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Average</source>
      <translation>Média</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Body map of where spasms happen</source>
      <translation>Mapa do corpo com onde os espasmos acontecem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks</source>
      <translation>Pausas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Breaks and spasms</source>
      <translation>Pausas e espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Breaks and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Pausas e espasmos: ainda não há dados suficientes (pelo menos %1 dias de cada lado).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks due</source>
      <translation>Pausas previstas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks taken</source>
      <translation>Pausas feitas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Breaks taken (dark) of breaks due (light) each day, and the spasms of the next day as a line.</source>
      <translation>Pausas feitas (escuro) das pausas previstas (claro) a cada dia, e os espasmos do dia seguinte como uma linha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Change</source>
      <translation>Mudança</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Change (95 % range)</source>
      <translation>Mudança (faixa de 95%)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Charts</source>
      <translation>Gráficos</translation>
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
      <translation>Médias do check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Check-ins per day (0–10, 10 is best)</source>
      <translation>Check-ins por dia (0–10, 10 é o melhor)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Check-ins per week (averages, 0–10, 10 is best)</source>
      <translation>Check-ins por semana (médias, 0–10, 10 é o melhor)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Choose dates…</source>
      <translation>Escolher datas…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>Could not save the picture</source>
      <translation>Não foi possível salvar a imagem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Count</source>
      <translation>Quantidade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Daily check-ins</source>
      <translation>Check-ins do dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Day</source>
      <translation>Dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Days</source>
      <translation>Dias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Days tracked</source>
      <translation>Dias registrados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Days with at least one spasm</source>
      <translation>Dias com pelo menos um espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Done</source>
      <translation>Pronto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Drawing the charts…</source>
      <translation>Desenhando os gráficos…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Each kind's share of the spasms in this period.</source>
      <translation>A parte de cada tipo nos espasmos deste período.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Each square is one hour of one weekday; the darker it is, the more spasms started then.</source>
      <translation>Cada quadrado é uma hora de um dia da semana; quanto mais escuro, mais espasmos começaram nessa hora.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Each week's typical (median) and worst intensity, and how long spasms typically lasted and how long you took to recover.</source>
      <translation>A intensidade típica (mediana) e a pior de cada semana, e quanto tempo os espasmos costumaram durar e quanto você levou para se recuperar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Energy</source>
      <translation>Energia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Energy (0–10, 10 = lots)</source>
      <translation>Energia (0–10, 10 = muita)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Everything</source>
      <translation>Tudo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Fibro Desktop, self-tracked record · page %1 of %2</source>
      <translation>Fibro Desktop, registro feito por mim · página %1 de %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>First day of the report</source>
      <translation>Primeiro dia do relatório</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>First day shown</source>
      <translation>Primeiro dia mostrado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>First four weeks</source>
      <translation>Primeiras quatro semanas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>First weeks</source>
      <translation>Primeiras semanas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>First – last</source>
      <translation>Primeiro – último</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>From your daily check-ins (10 is best), with your spasms below on the same dates.</source>
      <translation>Dos seus check-ins do dia (10 é o melhor), com seus espasmos embaixo nas mesmas datas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Glasses of water</source>
      <translation>Copos de água</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Hour of the day</source>
      <translation>Hora do dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Hours of sleep</source>
      <translation>Horas de sono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>How it went</source>
      <translation>Como foi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>How many spasms you logged, with a 7-day average per tracked day (days without any record are left out, not counted as days without spasms). Medications and supplements you took are marked in the strip below.</source>
      <translation>Quantos espasmos você registrou, com uma média de 7 dias por dia registrado (dias sem nenhum registro ficam de fora, não contam como dias sem espasmos). Remédios e suplementos que você tomou aparecem marcados na faixa de baixo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>How often each muscle group was involved. One spasm can involve several groups.</source>
      <translation>Com que frequência cada grupo muscular foi afetado. Um espasmo pode afetar vários grupos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>How often each thing you tried during a spasm helped (fully or a little), out of the times you rated it. The range in brackets is where the true share probably lies; the list is ordered by its lower end, so many ratings count for more than a few lucky ones.</source>
      <translation>Com que frequência cada coisa que você tentou durante um espasmo ajudou (totalmente ou um pouco), das vezes em que você deu nota. A faixa entre parênteses é onde a proporção real provavelmente está; a lista é ordenada pela ponta de baixo, então muitas notas contam mais do que poucas de sorte.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>How often it helped</source>
      <translation>Com que frequência ajudou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>How often what was tried during a spasm helped (fully or a little), with its 95 % range; ranked by the lower end of that range. Fewer than %1 ratings are too few to say.</source>
      <translation>Com que frequência o que foi tentado durante um espasmo ajudou (totalmente ou um pouco), com sua faixa de 95%; ordenado pela ponta de baixo dessa faixa. Menos de %1 notas é pouco para dizer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>How to read this</source>
      <translation>Como ler isto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Intensity 0–10</source>
      <translation>Intensidade 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Intensity, length and recovery</source>
      <translation>Intensidade, duração e recuperação</translation>
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
      <translation>Tipos e lugares</translation>
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
      <translation>Últimos 30 dias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 7 days</source>
      <translation>Últimos 7 dias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Last 90 days</source>
      <translation>Últimos 90 dias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Last day of the report</source>
      <translation>Último dia do relatório</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Last day shown</source>
      <translation>Último dia mostrado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Last four weeks</source>
      <translation>Últimas quatro semanas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Last weeks</source>
      <translation>Últimas semanas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Make a PDF report for your provider</source>
      <translation>Fazer um relatório em PDF para o seu profissional de saúde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Making your report…</source>
      <translation>Fazendo seu relatório…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Measure</source>
      <translation>Medida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Measuring the difference</source>
      <translation>Medindo a diferença</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Measuring the difference compares the first %1 days of this period that have records with its last %1 days. It needs at least %2 tracked days in each, and the two must not overlap. Not enough data yet.</source>
      <translation>Medir a diferença compara os primeiros %1 dias deste período que têm registros com os seus últimos %1 dias. São necessários pelo menos %2 dias registrados em cada trecho, e os dois não podem se sobrepor. Ainda não há dados suficientes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Measuring the difference compares the first %1 days with the last %1 days of the period shown, up to the last day you recorded. The two must not overlap, so this needs about two months of record in the period. Not enough data yet. Choosing "Everything" compares the start and the end of your whole record.</source>
      <translation>Medir a diferença compara os primeiros %1 dias com os últimos %1 dias do período mostrado, até o último dia que você registrou. Os dois não podem se sobrepor, então são necessários cerca de dois meses de registro no período. Ainda não há dados suficientes. Escolher "Tudo" compara o começo e o fim de todo o seu registro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Medications and supplements</source>
      <translation>Remédios e suplementos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Minutes</source>
      <translation>Minutos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Minutes of relaxation audio you listened to each day, and how much your tension eased on average (before minus after, 0–10) when you rated it.</source>
      <translation>Minutos de áudio de relaxamento que você ouviu por dia, e quanto sua tensão diminuiu em média (antes menos depois, 0–10) quando você deu nota.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Mobility</source>
      <translation>Mobilidade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Mobility (0–10)</source>
      <translation>Mobilidade (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Mobility (0–10, 10 = moves freely)</source>
      <translation>Mobilidade (0–10, 10 = se move à vontade)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Mood</source>
      <translation>Humor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Mood (0–10)</source>
      <translation>Humor (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Mood (0–10, 10 = good)</source>
      <translation>Humor (0–10, 10 = bom)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Muscle group</source>
      <translation>Grupo muscular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>My notes for you</source>
      <translation>Minhas anotações para você</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Next day</source>
      <translation>Dia seguinte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No breaks recorded in this period. When the break timer in the Pacing tab runs, your breaks appear here.</source>
      <translation>Nenhuma pausa registrada neste período. Quando o marcador de pausas da aba Ritmo estiver funcionando, suas pausas aparecem aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No breaks were timed in this period.</source>
      <translation>Nenhuma pausa foi marcada neste período.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>No check-ins in this period.</source>
      <translation>Nenhum check-in neste período.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No check-ins in this period. A short daily check-in in the Journal lets you see sleep, mood and energy beside your spasms.</source>
      <translation>Nenhum check-in neste período. Um check-in curto por dia no Diário permite ver sono, humor e energia ao lado dos seus espasmos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>No clear difference (%1 to %2 times as many).</source>
      <translation>Nenhuma diferença clara (%1 a %2 vezes a quantidade).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>No muscle groups noted in this period. When you tap where a spasm is, it appears here.</source>
      <translation>Nenhum grupo muscular anotado neste período. Quando você toca onde está o espasmo, ele aparece aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>No program to show PDF files was found on this computer. Your report is saved as %1 in the folder %2.</source>
      <translation>Nenhum programa para mostrar arquivos PDF foi encontrado neste computador. Seu relatório foi salvo como %1 na pasta %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>No record at all %1: left blank in the chart, not counted as time without spasms.</source>
      <translation>Nenhum registro %1: deixado em branco no gráfico, não contado como tempo sem espasmos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No relaxation sessions in this period.</source>
      <translation>Nenhuma sessão de relaxamento neste período.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No relaxation sessions in this period. Sessions you listen to in the Relax tab appear here.</source>
      <translation>Nenhuma sessão de relaxamento neste período. As sessões que você ouve na aba Relaxar aparecem aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No spasms logged in this period, so there is nothing to measure yet.</source>
      <translation>Nenhum espasmo registrado neste período, então ainda não há nada para medir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>No spasms logged in this period.</source>
      <translation>Nenhum espasmo registrado neste período.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>No spasms logged in this period. When you log them in the Journal, they appear here.</source>
      <translation>Nenhum espasmo registrado neste período. Quando você registrar no Diário, eles aparecem aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>No triggers noted in a daily check-in in this period yet.</source>
      <translation>Nenhum gatilho anotado em um check-in do dia neste período ainda.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>No triggers noted in this period yet.</source>
      <translation>Nenhum gatilho anotado neste período ainda.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>None in this period.</source>
      <translation>Nenhum neste período.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>None logged in this period.</source>
      <translation>Nenhum registrado neste período.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Noted only on spasm entries:</source>
      <translation>Anotados só em registros de espasmo:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Nothing to chart yet. As you log spasms and daily check-ins in the Journal, your charts and insights build up here. A week or two is enough to start seeing patterns.</source>
      <translation>Nada para mostrar ainda. Conforme você registra espasmos e check-ins do dia no Diário, seus gráficos e percepções vão se formando aqui. Uma ou duas semanas bastam para começar a ver padrões.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Nothing tried has been noted in this period yet.</source>
      <translation>Nada do que foi tentado foi anotado neste período ainda.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Overall pain (0–10, 10 = worst)</source>
      <translation>Dor em geral (0–10, 10 = a pior)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>PDF document (*.pdf)</source>
      <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>PNG picture (*.png)</source>
      <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Pacing and relaxation</source>
      <translation>Ritmo e relaxamento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Pacing, relaxation and spasms</source>
      <translation>Ritmo, relaxamento e espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Pale bars: weeks with fewer than 7 tracked days (cut by the period's start or end, or partly tracked); their spasms per week are worked out from the days tracked, so they rest on fewer days.</source>
      <translation>Barras claras: semanas com menos de 7 dias registrados (cortadas pelo começo ou fim do período, ou registradas só em parte); os espasmos por semana delas são calculados a partir dos dias registrados, então se apoiam em menos dias.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Paper size</source>
      <translation>Tamanho do papel</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Per 7 tracked days</source>
      <translation>Por 7 dias registrados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Period problem</source>
      <translation>Problema no período</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Period shown</source>
      <translation>Período mostrado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Period: %1 to %2 (%3). Made on %4.</source>
      <translation>Período: %1 a %2 (%3). Feito em %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Possible triggers</source>
      <translation>Possíveis gatilhos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Provider report</source>
      <translation>Relatório para a consulta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>Provider report…</source>
      <translation>Relatório para a consulta…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Reading your records…</source>
      <translation>Lendo seus registros…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Recovery</source>
      <translation>Recuperação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Relaxation</source>
      <translation>Relaxamento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Relaxation and spasms</source>
      <translation>Relaxamento e espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Relaxation and spasms: not enough data yet (at least %1 days on each side).</source>
      <translation>Relaxamento e espasmos: ainda não há dados suficientes (pelo menos %1 dias de cada lado).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Relief</source>
      <translation>Alívio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Report saved</source>
      <translation>Relatório salvo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Same day</source>
      <translation>Mesmo dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Save PDF…</source>
      <translation>Salvar PDF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Save as picture…</source>
      <translation>Salvar como imagem…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/export.py" />
      <source>Save chart as picture</source>
      <translation>Salvar gráfico como imagem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Save the chart %1 as a picture</source>
      <translation>Salvar o gráfico %1 como imagem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Save the report</source>
      <translation>Salvar o relatório</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sessions</source>
      <translation>Sessões</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Share (%)</source>
      <translation>Parcela (%)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show as chart</source>
      <translation>Mostrar como gráfico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show as table</source>
      <translation>Mostrar como tabela</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Show the chart %1 as a table</source>
      <translation>Mostrar o gráfico %1 como tabela</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Side effects noted</source>
      <translation>Efeitos colaterais anotados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Skipped</source>
      <translation>Não tomadas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sleep quality</source>
      <translation>Qualidade do sono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/wording.py" />
      <source>Sleep quality (0–10)</source>
      <translation>Qualidade do sono (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Sleep quality (0–10, 10 = slept well)</source>
      <translation>Qualidade do sono (0–10, 10 = dormi bem)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Sleep, mood, energy and mobility</source>
      <translation>Sono, humor, energia e mobilidade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Spasm record for my provider</source>
      <translation>Registro de espasmos para o meu profissional de saúde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Spasms</source>
      <translation>Espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms logged</source>
      <translation>Espasmos registrados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms next day</source>
      <translation>Espasmos no dia seguinte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Spasms on days when a trigger was ticked in the daily check-in, against check-in days without it (same day, and the day after), adjusted for the stage of the record and the other triggers. 1× means no difference; the range shows what else fits the record. These are patterns, not causes.</source>
      <translation>Espasmos em dias em que um gatilho foi marcado no check-in do dia, comparados com dias com check-in sem ele (no mesmo dia e no dia seguinte), ajustados pela fase do registro e pelos outros gatilhos. 1× quer dizer nenhuma diferença; a faixa mostra o que mais combina com o registro. São padrões, não causas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Spasms on days you ticked a trigger in your daily check-in, compared with days you did not (from %1). Same day: spasms that day; next day: spasms the day after. Each number is adjusted for the time of year and for your other triggers, that day's and the day before's; the range in brackets is where the true number probably lies.</source>
      <translation>Espasmos em dias em que você marcou um gatilho no check-in do dia, comparados com dias em que não marcou (desde %1). Mesmo dia: espasmos naquele dia; dia seguinte: espasmos no dia depois. Cada número é ajustado pela época do ano e pelos seus outros gatilhos, os daquele dia e os do dia anterior; a faixa entre parênteses é onde o número real provavelmente está.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms on the following days</source>
      <translation>Espasmos nos dias seguintes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms over time</source>
      <translation>Espasmos ao longo do tempo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per day</source>
      <translation>Espasmos por dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Spasms per tracked day</source>
      <translation>Espasmos por dia registrado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms per week</source>
      <translation>Espasmos por semana</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per week (over tracked days)</source>
      <translation>Espasmos por semana (nos dias registrados)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Spasms per week, over the days tracked</source>
      <translation>Espasmos por semana, nos dias registrados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Spasms the next day</source>
      <translation>Espasmos no dia seguinte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Stress (0–10, 10 = worst)</source>
      <translation>Estresse (0–10, 10 = o pior)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Summary</source>
      <translation>Resumo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Taken</source>
      <translation>Feitas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Taken on</source>
      <translation>Tomado em</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Tension eased</source>
      <translation>Tensão aliviada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Tension eased (average)</source>
      <translation>Tensão aliviada (média)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>The day after a relaxation session (%1 days): %2 spasms on average; the day after a day without one (%3 days): %4.</source>
      <translation>No dia depois de uma sessão de relaxamento (%1 dias): %2 espasmos em média; no dia depois de um dia sem sessão (%3 dias): %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/page.py" />
      <source>The first day must come before the last.</source>
      <translation>O primeiro dia precisa vir antes do último.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>The first four weeks of the period shown (%1 – %2: %3, %4) against its last four weeks (%5 – %6: %7, %8), up to the last day you recorded. A tracked day is a day you wrote something in your journal.</source>
      <translation>As primeiras quatro semanas do período mostrado (%1 – %2: %3, %4) comparadas com as últimas quatro semanas (%5 – %6: %7, %8), até o último dia que você registrou. Um dia registrado é um dia em que você anotou alguma coisa no seu diário.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>The first four weeks of this period that have records (%1 to %2, %3 tracked days) against its last four weeks (%4 to %5, %6 tracked days). A change is named only when its 95 % range leaves out “no change”; otherwise it says “no clear change”.</source>
      <translation>As primeiras quatro semanas deste período que têm registros (%1 a %2, %3 dias registrados) comparadas com as últimas quatro semanas (%4 a %5, %6 dias registrados). Uma mudança só é apontada quando sua faixa de 95% deixa de fora “nenhuma mudança”; senão, diz “nenhuma mudança clara”.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>The report could not be saved</source>
      <translation>O relatório não pôde ser salvo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>The report could not be written to %1. Please choose another place and try again.</source>
      <translation>Não foi possível gravar o relatório em %1. Escolha outro lugar e tente de novo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>These are patterns in your own record, not causes. Talk them over with your doctor or care team before changing anything.</source>
      <translation>Estes são padrões no seu próprio registro, não causas. Converse sobre eles com seu médico ou sua equipe de saúde antes de mudar qualquer coisa.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>These have no number: a trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong. To see how it goes with your spasms, tick it in your daily check-in on the days it happens.</source>
      <translation>Estes não têm número: um gatilho anotado em um registro de espasmo sempre vem junto com um espasmo, então comparar dias com ele e sem ele o faria parecer forte. Para ver como ele se relaciona com seus espasmos, marque-o no check-in do dia nos dias em que acontecer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>These were noted only on spasm entries, never in a daily check-in. A trigger noted on a spasm entry always comes with a spasm, so comparing days with it and without it would make it look strong: no ratio is shown.</source>
      <translation>Estes foram anotados só em registros de espasmo, nunca em um check-in do dia. Um gatilho anotado em um registro de espasmo sempre vem junto com um espasmo, então comparar dias com ele e sem ele o faria parecer forte: nenhuma proporção é mostrada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>This summary comes from a personal self-tracking app (Fibro Desktop). It is what I noted myself; it is not a diagnosis and the app is not a medical device.</source>
      <translation>Este resumo vem de um aplicativo pessoal de autorregistro (Fibro Desktop). É o que eu mesmo anotei; não é um diagnóstico, e o aplicativo não é um dispositivo médico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Trigger</source>
      <translation>Gatilho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>Triggers</source>
      <translation>Gatilhos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Typical intensity</source>
      <translation>Intensidade típica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical intensity (0–10)</source>
      <translation>Intensidade típica (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical intensity (median, 0–10)</source>
      <translation>Intensidade típica (mediana, 0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical length</source>
      <translation>Duração típica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical length (median)</source>
      <translation>Duração típica (mediana)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>Typical recovery time</source>
      <translation>Tempo típico de recuperação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Typical recovery time (median)</source>
      <translation>Tempo típico de recuperação (mediana)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Typical time to relief</source>
      <translation>Tempo típico até o alívio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>Typical values are medians, with how many values each window has. A change is named only when its range leaves "no change" out; otherwise it says "no clear change": the windows differ by no more than everyday ups and downs could explain.</source>
      <translation>Os valores típicos são medianas, com quantos valores cada trecho tem. Uma mudança só é apontada quando sua faixa deixa de fora "nenhuma mudança"; senão, diz "nenhuma mudança clara": os trechos não diferem mais do que os altos e baixos do dia a dia explicariam.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>US Letter</source>
      <translation>Carta (EUA)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Usual amount</source>
      <translation>Quantidade habitual</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/base.py" />
      <source>Value under the pointer</source>
      <translation>Valor sob o ponteiro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Warning signs noticed</source>
      <translation>Sinais de alerta percebidos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of</source>
      <translation>Semana de</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 minutes in %n sessions</source>
      <extracomment>A count. English: Week of %1: %2 minutes in %n session / Week of %1: %2 minutes in %n sessions</extracomment>
      <translation>
        <numerusform>Semana de %1: %2 minutos em %n sessão</numerusform>
        <numerusform>Semana de %1: %2 minutos em %n sessões</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 of %n breaks taken; %3</source>
      <extracomment>A count. English: Week of %1: %2 of %n break taken; %3 / Week of %1: %2 of %n breaks taken; %3</extracomment>
      <translation>
        <numerusform>Semana de %1: %2 de %n pausa feita; %3</numerusform>
        <numerusform>Semana de %1: %2 de %n pausas feitas; %3</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %2 spasms</source>
      <translation>Semana de %1: %2 espasmos</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: %n spasms, typical intensity %2, worst %3, typical length %4, recovery %5</source>
      <extracomment>A count. English: Week of %1: %n spasm, typical intensity %2, worst %3, typical length %4, recovery %5 / Week of %1: %n spasms, typical intensity %2, worst %3, typical length %4, recovery %5</extracomment>
      <translation>
        <numerusform>Semana de %1: %n espasmo, intensidade típica %2, pior %3, duração típica %4, recuperação %5</numerusform>
        <numerusform>Semana de %1: %n espasmos, intensidade típica %2, pior %3, duração típica %4, recuperação %5</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Week of %1: no record at all</source>
      <translation>Semana de %1: nenhum registro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>What helped</source>
      <translation>O que ajudou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>What was noticed</source>
      <translation>O que foi percebido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>When spasms happen</source>
      <translation>Quando os espasmos acontecem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>When you listen to sessions in the Relax tab, your listening appears here.</source>
      <translation>Quando você ouvir sessões na aba Relaxar, o que você ouviu aparece aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>When you use the break timer in the Pacing tab, your breaks appear here.</source>
      <translation>Quando você usar o marcador de pausas da aba Ritmo, suas pausas aparecem aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/pattern_charts.py" />
      <source>Where spasms happen</source>
      <translation>Onde os espasmos acontecem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Working out the insights…</source>
      <translation>Calculando as percepções…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>Worst intensity</source>
      <translation>Pior intensidade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>Worst intensity (0–10)</source>
      <translation>Pior intensidade (0–10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Writing the PDF…</source>
      <translation>Gravando o PDF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>Writing the tables…</source>
      <translation>Montando as tabelas…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used Pacing (the break timer).</source>
      <translation>Você não usou o Ritmo (o marcador de pausas).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used Relax (relaxation audio and breathing).</source>
      <translation>Você não usou o Relaxar (áudios de relaxamento e respiração).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>You have not used the daily check-in, where triggers are ticked for this comparison.</source>
      <translation>Você não usou o check-in do dia, onde os gatilhos são marcados para esta comparação.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>You have not used the daily check-in.</source>
      <translation>Você não usou o check-in do dia.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>You have not used the medication log.</source>
      <translation>Você não usou o registro de remédios.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Your note for the provider</source>
      <translation>Sua anotação para o profissional de saúde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_dialog.py" />
      <source>Your report is saved as %1 in the folder %2.</source>
      <translation>Seu relatório foi salvo como %1 na pasta %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 higher (%2 to %3 higher)</source>
      <translation>cerca de %1 a mais (%2 a %3 a mais)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 lower (%2 to %3 lower)</source>
      <translation>cerca de %1 a menos (%2 a %3 a menos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 points higher (%2 to %3 higher)</source>
      <translation>cerca de %1 pontos a mais (%2 a %3 a mais)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 points lower (%2 to %3 lower)</source>
      <translation>cerca de %1 pontos a menos (%2 a %3 a menos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 times as long (%2 to %3)</source>
      <translation>cerca de %1 vezes a duração (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>about %1 times as many (%2 to %3 times)</source>
      <translation>cerca de %1 vezes a quantidade (%2 a %3 vezes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>about %1 times as many spasms (%2 to %3)</source>
      <translation>cerca de %1 vezes a quantidade de espasmos (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>could be chance</source>
      <translation>pode ser acaso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>days with it: %1, without: %2</source>
      <translation>dias com ele: %1, sem ele: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>fewer: about %1 times as many (%2 to %3)</source>
      <translation>menos: cerca de %1 vezes a quantidade (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>from %1 to %2</source>
      <translation>de %1 a %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>helped %1 of %n times</source>
      <extracomment>A count. English: helped %1 of %n time / helped %1 of %n times</extracomment>
      <translation>
        <numerusform>ajudou %1 de %n vez</numerusform>
        <numerusform>ajudou %1 de %n vezes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>helped %1 of %n times (%2 % to %3 %)</source>
      <extracomment>A count. English: helped %1 of %n time (%2 % to %3 %) / helped %1 of %n times (%2 % to %3 %)</extracomment>
      <translation>
        <numerusform>ajudou %1 de %n vez (%2% a %3%)</numerusform>
        <numerusform>ajudou %1 de %n vezes (%2% a %3%)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>helped %1, a little %2, not %3</source>
      <translation>ajudou %1, um pouco %2, não %3</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insights_view.py" />
      <source>how to read: %1</source>
      <translation>como ler: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>length</source>
      <translation>duração</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>longer: about %1 times as long (%2 to %3)</source>
      <translation>mais longos: cerca de %1 vezes a duração (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>mobility</source>
      <translation>mobilidade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>mood</source>
      <translation>humor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>more spasms now (none in the first weeks)</source>
      <translation>mais espasmos agora (nenhum nas primeiras semanas)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>more: about %1 times as many (%2 to %3)</source>
      <translation>mais: cerca de %1 vezes a quantidade (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change</source>
      <translation>nenhuma mudança clara</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no clear change (%1 to %2 points)</source>
      <translation>nenhuma mudança clara (%1 a %2 pontos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (%1 to %2 times as long)</source>
      <translation>nenhuma mudança clara (%1 a %2 vezes a duração)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (%1 to %2 times as many)</source>
      <translation>nenhuma mudança clara (%1 a %2 vezes a quantidade)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no clear change (%1 to %2 times)</source>
      <translation>nenhuma mudança clara (%1 a %2 vezes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no clear change (between %1 lower and %2 higher)</source>
      <translation>nenhuma mudança clara (entre %1 a menos e %2 a mais)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>no record</source>
      <translation>sem registro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>no record that day</source>
      <translation>nenhum registro nesse dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>no record that week</source>
      <translation>nenhum registro nessa semana</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>no spasms in either window</source>
      <translation>nenhum espasmo em nenhum dos trechos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>no spasms in one of the two windows: no ratio</source>
      <translation>nenhum espasmo em um dos dois trechos: sem proporção</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>not enough data yet</source>
      <translation>ainda não há dados suficientes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not enough data yet (%1 days with it, %2 without; %3 each needed)</source>
      <translation>ainda não há dados suficientes (%1 dias com ele, %2 sem; são necessários %3 de cada)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not enough data yet (%1)</source>
      <translation>ainda não há dados suficientes (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>not enough data yet (at least %1 tracked days in each)</source>
      <translation>ainda não há dados suficientes (pelo menos %1 dias registrados em cada)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>not rated yet</source>
      <translation>ainda sem nota</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>on %1</source>
      <translation>em %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>only part of the week tracked</source>
      <translation>só parte da semana registrada</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>rated %n times: too few to say</source>
      <extracomment>A count. English: rated once: too few to say / rated %n times: too few to say</extracomment>
      <translation>
        <numerusform>nota dada uma vez: pouco para dizer</numerusform>
        <numerusform>nota dada %n vezes: pouco para dizer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>recovery</source>
      <translation>recuperação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>right axis: intensity 0–10</source>
      <translation>eixo direito: intensidade 0–10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>shorter: about %1 times as long (%2 to %3)</source>
      <translation>mais curtos: cerca de %1 vezes a duração (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>sleep quality</source>
      <translation>qualidade do sono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>spasms per day (left axis)</source>
      <translation>espasmos por dia (eixo esquerdo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_sections.py" />
      <source>spasms per week (left axis)</source>
      <translation>espasmos por semana (eixo esquerdo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>stands out in your record</source>
      <translation>se destaca no seu registro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>that name is a folder</source>
      <translation>esse nome é de uma pasta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>that place cannot be written to</source>
      <translation>não é possível gravar nesse lugar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>the disk is full</source>
      <translation>o disco está cheio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report.py" />
      <source>the file could not be written</source>
      <translation>não foi possível gravar o arquivo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>too few to compare (%1 and %2 values; %3 each needed)</source>
      <translation>poucos para comparar (%1 e %2 valores; são necessários %3 de cada)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>tried %n times, not rated</source>
      <extracomment>A count. English: tried once, not rated / tried %n times, not rated</extracomment>
      <translation>
        <numerusform>tentado uma vez, sem nota</numerusform>
        <numerusform>tentado %n vezes, sem nota</numerusform>
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
      <translation>intensidade típica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/insight_text.py" />
      <source>with it: %1, %2 · without: %3, %4</source>
      <translation>com ele: %1, %2 · sem ele: %3, %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/time_charts.py" />
      <source>worst</source>
      <translation>pior</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/charts/report_insights.py" />
      <source>“Could be chance”: with several triggers and two windows, some ranges miss 1 by luck alone. Only a finding that stands out even after allowing for that goes without this mark.</source>
      <translation>“Pode ser acaso”: com vários gatilhos e dois trechos, algumas faixas deixam de fora o 1 só por sorte. Só um resultado que se destaca mesmo depois de levar isso em conta fica sem esta marca.</translation>
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
      <translation>Faça um resumo em PDF de um período para levar ao seu profissional de saúde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Provider &amp;report…</source>
      <translation>Re&amp;latório para a consulta…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/charts.py" />
      <source>Trends, insights and the provider report</source>
      <translation>Tendências, percepções e o relatório para a consulta</translation>
    </message>
  </context>
  <context>
    <name>CheckInForm</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>A minute for how the day went. Answer what you like and leave the rest blank; you can come back and change it.</source>
      <translation>Um minuto sobre como foi o dia. Responda o que quiser e deixe o resto em branco; você pode voltar e mudar depois.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Anything else?</source>
      <translation>Mais alguma coisa?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Calm</source>
      <translation>Calma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Choose the day this check-in is for.</source>
      <translation>Escolha o dia deste check-in.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/daily_activities.py" />
      <source>Could you do your daily activities without interruption?</source>
      <translation>Você conseguiu fazer suas atividades do dia sem interrupção?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Daily activities</source>
      <translation>Atividades do dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Daily check-in</source>
      <translation>Check-in do dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Energy</source>
      <translation>Energia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Exhausted</source>
      <translation>Exaustão</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Glasses of water</source>
      <translation>Copos de água</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Good</source>
      <translation>Bom</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Hardly at all</source>
      <translation>Quase nada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Here is what you saved for %1. Change anything and save again.</source>
      <translation>Aqui está o que você salvou para %1. Mude o que quiser e salve de novo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Hours of sleep</source>
      <translation>Horas de sono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Lots of energy</source>
      <translation>Muita energia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Low</source>
      <translation>Baixo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Mood</source>
      <translation>Humor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Moved freely</source>
      <translation>Me movi à vontade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Moving about</source>
      <translation>Movimento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>No pain</source>
      <translation>Sem dor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Not answered</source>
      <translation>Sem resposta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Not saved yet: please look at the note next to the field.</source>
      <translation>Ainda não foi salvo: veja o aviso ao lado do campo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Notes</source>
      <translation>Anotações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Overall pain</source>
      <translation>Dor em geral</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Save check-in</source>
      <translation>Salvar check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Save the check-in (Ctrl+Enter from anywhere in the form)</source>
      <translation>Salvar o check-in (Ctrl+Enter em qualquer lugar do formulário)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Saved for %1. Thank you for checking in.</source>
      <translation>Salvo para %1. Obrigado por fazer o check-in.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Sleep quality</source>
      <translation>Qualidade do sono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Slept badly</source>
      <translation>Dormi mal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Slept well</source>
      <translation>Dormi bem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Stress</source>
      <translation>Estresse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Very stressed</source>
      <translation>Muito estresse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Weakness, numbness, fever or the like</source>
      <translation>Fraqueza, dormência, febre ou algo parecido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>What happened that day</source>
      <translation>O que aconteceu nesse dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>What you did</source>
      <translation>O que você fez</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Why a daily check-in helps</source>
      <translation>Por que o check-in do dia ajuda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Worst pain</source>
      <translation>Pior dor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>Write the hours as a number, like 7.5 or 7:30.</source>
      <translation>Escreva as horas como número, por exemplo 7,5 ou 7:30.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>for example 7.5 or 7:30</source>
      <translation>por exemplo 7,5 ou 7:30</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>for example a short walk, housework, desk work</source>
      <translation>por exemplo uma caminhada curta, tarefas de casa, trabalho no computador</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/checkin_form.py" />
      <source>how spasms affect your day</source>
      <translation>como os espasmos afetam seu dia</translation>
    </message>
  </context>
  <context>
    <name>Cover</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Break, full screen</source>
      <translation>Pausa, tela cheia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Ends this break now; it counts as skipped</source>
      <translation>Termina esta pausa agora; conta como pulada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>I need my &amp;screen</source>
      <translation>Preciso da minha &amp;tela</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>Time left</source>
      <translation>Tempo restante</translation>
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
      <translation>%1 já existe.

Substituir por esta exportação?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>%n check-ins</source>
      <extracomment>A count. English: %n check-in / %n check-ins</extracomment>
      <translation>
        <numerusform>%n check-in</numerusform>
        <numerusform>%n check-ins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>%n episodes</source>
      <extracomment>A count. English: %n episode / %n episodes</extracomment>
      <translation>
        <numerusform>%n episódio</numerusform>
        <numerusform>%n episódios</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>%n recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</source>
      <extracomment>A count. English: %n recording came without its sound file: keep the …-audio.zip file beside the export and import again. / %n recordings came without their sound file: keep the …-audio.zip file beside the export and import again.</extracomment>
      <translation>
        <numerusform>%n gravação veio sem o arquivo de som: deixe o arquivo …-audio.zip ao lado da exportação e importe de novo.</numerusform>
        <numerusform>%n gravações vieram sem o arquivo de som: deixe o arquivo …-audio.zip ao lado da exportação e importe de novo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>%n recordings were brought into your audio folder.</source>
      <extracomment>A count. English: %n recording was brought into your audio folder. / %n recordings were brought into your audio folder.</extracomment>
      <translation>
        <numerusform>%n gravação foi trazida para a sua pasta de áudio.</numerusform>
        <numerusform>%n gravações foram trazidas para a sua pasta de áudio.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>&amp;Back up now</source>
      <translation>Fazer &amp;cópia agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>&amp;Backups and restore…</source>
      <translation>Cópias de se&amp;gurança e restauração…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;Export…</source>
      <translation>E&amp;xportar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;From:</source>
      <translation>&amp;De:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>&amp;Import…</source>
      <translation>&amp;Importar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;JSON: one file with everything, to bring back into Fibro Desktop</source>
      <translation>&amp;JSON: um arquivo com tudo, para trazer de volta ao Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Sair</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Restore the latest good backup</source>
      <translation>&amp;Restaurar a última cópia de segurança boa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>&amp;Restore…</source>
      <translation>&amp;Restaurar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>&amp;Save what can be read…</source>
      <translation>Sa&amp;lvar o que pode ser lido…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>&amp;To:</source>
      <translation>&amp;Até:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>A copy of each backup also goes to: %1</source>
      <translation>Uma cópia de cada cópia de segurança também vai para: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>After changes, at exit</source>
      <translation>Depois de alterações, ao sair</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>An export is a copy of your data in an open format, to keep, to move to another computer, or to open in a spreadsheet. It stays where you save it; nothing is sent.</source>
      <translation>Uma exportação é uma cópia dos seus dados em um formato aberto, para guardar, levar para outro computador ou abrir em uma planilha. Ela fica onde você salvar; nada é enviado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Back up now</source>
      <translation>Fazer cópia agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backup made and checked.</source>
      <translation>Cópia de segurança feita e conferida.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backup restored. Your data as it was before is kept as a backup too.</source>
      <translation>Cópia de segurança restaurada. Seus dados como estavam antes também ficam guardados como cópia de segurança.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Backups and restore</source>
      <translation>Cópias de segurança e restauração</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Backups and restore…</source>
      <translation>Cópias de segurança e restauração…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Backups, newest first</source>
      <translation>Cópias de segurança, as mais recentes primeiro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before a passphrase change</source>
      <translation>Antes de mudar a senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before a restore</source>
      <translation>Antes de uma restauração</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before an import</source>
      <translation>Antes de uma importação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Before an update of your data</source>
      <translation>Antes de uma atualização dos seus dados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>CSV in a &amp;folder: the same, as loose files</source>
      <translation>CSV em uma &amp;pasta: o mesmo, em arquivos soltos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>CSV in a &amp;zip: one table per file, for spreadsheets</source>
      <translation>CSV em um &amp;zip: uma tabela por arquivo, para planilhas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Cannot be read</source>
      <translation>Não pode ser lida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Choose &amp;folder…</source>
      <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Choose a second folder for copies of backups</source>
      <translation>Escolher uma segunda pasta para cópias das cópias de segurança</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Choose an export to import</source>
      <translation>Escolha uma exportação para importar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Copies to a second folder (say, one your own sync service watches): off.</source>
      <translation>Cópias em uma segunda pasta (por exemplo, uma que o seu serviço de sincronização acompanha): desligado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Daily</source>
      <translation>Diária</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Delete the backup from %1 (%2) for good?

Your data and your other backups are not touched.</source>
      <translation>Excluir de vez a cópia de segurança de %1 (%2)?

Seus dados e suas outras cópias de segurança não são tocados.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Details: %1</source>
      <translation>Detalhes: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export (*%1)</source>
      <translation>Exportação (*%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Export cancelled. Nothing was written.</source>
      <translation>Exportação cancelada. Nada foi gravado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Export what can be read</source>
      <translation>Exportar o que pode ser lido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Export your data</source>
      <translation>Exportar seus dados</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Exported %Ln entries from %1 tables to %2.</source>
      <extracomment>A count. English: Exported %Ln entry from %1 tables to %2. / Exported %Ln entries from %1 tables to %2.</extracomment>
      <translation>
        <numerusform>%Ln registro de %1 tabelas exportado para %2.</numerusform>
        <numerusform>%Ln registros de %1 tabelas exportados para %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Exporting your data…</source>
      <translation>Exportando seus dados…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Fibro Desktop exports (*.json *.zip %1)</source>
      <translation>Exportações do Fibro Desktop (*.json *.zip %1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Fibro Desktop keeps a checked copy of your data every day you use it and after changes, for the last week, month and year. Backups made before an import, a restore, an update or a passphrase change are kept for 90 days, so you can always undo them. Your own recordings are kept with the backups too. Restoring a backup first saves your data as it is now, so nothing is lost.</source>
      <translation>O Fibro Desktop guarda uma cópia conferida dos seus dados todo dia em que você o usa e depois de alterações, da última semana, do último mês e do último ano. Cópias de segurança feitas antes de uma importação, uma restauração, uma atualização ou uma mudança de senha ficam guardadas por 90 dias, para você sempre poder desfazê-las. Suas próprias gravações também ficam com as cópias de segurança. Restaurar uma cópia primeiro salva seus dados como estão agora, então nada se perde.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Folder for copies of your backups</source>
      <translation>Pasta para as cópias das suas cópias de segurança</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Folder to put the export folder in</source>
      <translation>Pasta onde colocar a pasta da exportação</translation>
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
        <numerusform>Importar %Ln registro de %1?

Os registros que você já tem são reconhecidos e pulados. Seus dados ganham uma cópia de segurança antes.</numerusform>
        <numerusform>Importar %Ln registros de %1?

Os registros que você já tem são reconhecidos e pulados. Seus dados ganham uma cópia de segurança antes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Import cancelled. Nothing was changed.</source>
      <translation>Importação cancelada. Nada foi alterado.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Imported %Ln new entries; %1 were already there.</source>
      <extracomment>A count. English: Imported %Ln new entry; %1 were already there. / Imported %Ln new entries; %1 were already there.</extracomment>
      <translation>
        <numerusform>%Ln registro novo importado; %1 já estavam lá.</numerusform>
        <numerusform>%Ln registros novos importados; %1 já estavam lá.</numerusform>
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
      <translation>Incluir minhas próprias &amp;gravações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Latest good backup: %1, holding %2.</source>
      <translation>Última cópia de segurança boa: %1, com %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Made by you</source>
      <translation>Feita por você</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Making a backup and checking it…</source>
      <translation>Fazendo uma cópia de segurança e conferindo…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>No backups yet. The first one is made today, or press “Back up now”.</source>
      <translation>Nenhuma cópia de segurança ainda. A primeira é feita hoje, ou aperte “Fazer cópia agora”.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Nothing could be read: %1</source>
      <translation>Nada pôde ser lido: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Nothing could be saved: %1</source>
      <translation>Nada pôde ser salvo: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Nothing was imported. %1</source>
      <translation>Nada foi importado. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Nothing was imported: the recordings could not be copied (%1).</source>
      <translation>Nada foi importado: as gravações não puderam ser copiadas (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>Only &amp;these days:</source>
      <translation>Só &amp;estes dias:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Please choose a place outside the data folder: nothing is ever written there but your data itself.</source>
      <translation>Escolha um lugar fora da pasta de dados: ali nunca é gravado nada além dos seus próprios dados.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/background.py" />
      <source>Please wait</source>
      <translation>Aguarde, por favor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Re&amp;move…</source>
      <translation>Re&amp;mover…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Remove the selected backup</source>
      <translation>Remover a cópia de segurança selecionada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Remove this backup?</source>
      <translation>Remover esta cópia de segurança?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Replace your data by the backup from %1 (%2)?

Your data as it is now is saved as a backup first, so you can go back.</source>
      <translation>Substituir seus dados pela cópia de segurança de %1 (%2)?

Seus dados como estão agora são salvos antes como cópia de segurança, então você pode voltar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Restore a backup</source>
      <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Restore failed</source>
      <translation>A restauração falhou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Restore this backup?</source>
      <translation>Restaurar esta cópia de segurança?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>S&amp;top copying</source>
      <translation>Parar &amp;de copiar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Save the export as</source>
      <translation>Salvar a exportação como</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Save what can be read as</source>
      <translation>Salvar o que pode ser lido como</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>Saved %Ln entries to %1.</source>
      <extracomment>A count. English: Saved %Ln entry to %1. / Saved %Ln entries to %1.</extracomment>
      <translation>
        <numerusform>%Ln registro salvo em %1.</numerusform>
        <numerusform>%Ln registros salvos em %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>Settings only, no entries yet</source>
      <translation>Só configurações, nenhum registro ainda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Start &amp;with no data (backups kept)</source>
      <translation>Começar sem &amp;dados (cópias de segurança mantidas)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>The backup was removed.</source>
      <translation>A cópia de segurança foi removida.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>The export could not be written: %1</source>
      <translation>Não foi possível gravar a exportação: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>The first day is after the last day. Please swap them.</source>
      <translation>O primeiro dia está depois do último. Troque os dois, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>There is no good backup to go back to.</source>
      <translation>Não há uma cópia de segurança boa para onde voltar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>These parts could not be read: %1.</source>
      <translation>Estas partes não puderam ser lidas: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/export_dialog.py" />
      <source>They are saved in a second file, …-audio.zip, beside the export. Keep the two together.</source>
      <translation>Elas são salvas em um segundo arquivo, …-audio.zip, ao lado da exportação. Mantenha os dois juntos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>This place is inside Fibro Desktop's own data folder, where your data and its backups live. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Este lugar fica dentro da pasta de dados do próprio Fibro Desktop, onde ficam seus dados e as cópias de segurança. Nada foi gravado. Escolha outro lugar, como a sua pasta Documentos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>This place is inside Fibro Desktop's own data folder. Nothing was written. Please choose another place, such as your Documents folder.</source>
      <translation>Este lugar fica dentro da pasta de dados do próprio Fibro Desktop. Nada foi gravado. Escolha outro lugar, como a sua pasta Documentos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>What it holds</source>
      <translation>O que contém</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/backups_dialog.py" />
      <source>Why</source>
      <translation>Por quê</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data could not be opened</source>
      <translation>Não foi possível abrir seus dados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data could not be opened. It has not been changed. You can go back to your latest good backup, or save what can still be read to a file first.</source>
      <translation>Não foi possível abrir seus dados. Eles não foram alterados. Você pode voltar para a sua última cópia de segurança boa, ou antes salvar em um arquivo o que ainda pode ser lido.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data file is damaged, perhaps by a crash of the computer or a problem with the disk. It has not been changed. You can go back to your latest good backup (the damaged file is kept aside, not deleted), or save what can still be read to a file first.</source>
      <translation>Seu arquivo de dados está danificado, talvez por uma falha do computador ou um problema no disco. Ele não foi alterado. Você pode voltar para a sua última cópia de segurança boa (o arquivo danificado fica guardado à parte, não é apagado), ou antes salvar em um arquivo o que ainda pode ser lido.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data file is empty or missing, but backups of your data are here, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing has been changed. You can go back to your latest good backup.</source>
      <translation>Seu arquivo de dados está vazio ou sumiu, mas há cópias de segurança dos seus dados aqui, então isto não é um começo do zero: os dados provavelmente se perderam por uma falha, um disco cheio ou um serviço de sincronização. Nada foi alterado. Você pode voltar para a sua última cópia de segurança boa.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data needs attention</source>
      <translation>Seus dados precisam de atenção</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/problem_dialog.py" />
      <source>Your data was saved by a newer version of Fibro Desktop than this one. This version cannot safely change it, so it has not touched it. Please install the newer version again; or, to go on with this one, restore an earlier backup.</source>
      <translation>Seus dados foram salvos por uma versão do Fibro Desktop mais nova do que esta. Esta versão não pode alterá-los com segurança, então não mexeu neles. Instale de novo a versão mais nova; ou, para continuar com esta, restaure uma cópia de segurança anterior.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/flows.py" />
      <source>Your recordings are in %1 beside it; keep the two files together.</source>
      <translation>Suas gravações estão em %1, ao lado dela; mantenha os dois arquivos juntos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>field %1</source>
      <translation>campo %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>row %1</source>
      <translation>linha %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/data_safety/labels.py" />
      <source>table %1</source>
      <translation>tabela %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>the disk is full.</source>
      <translation>o disco está cheio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/data_safety.py" />
      <source>this folder cannot be written to.</source>
      <translation>não é possível gravar nesta pasta.</translation>
    </message>
  </context>
  <context>
    <name>DayChooser</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Day of this check-in</source>
      <translation>Dia deste check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>It is just after midnight. Which day is this check-in for?</source>
      <translation>Passou um pouco da meia-noite. Este check-in é de qual dia?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Today, %1</source>
      <translation>Hoje, %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/day_chooser.py" />
      <source>Yesterday, %1</source>
      <translation>Ontem, %1</translation>
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
      <translation>Bolso do casaco</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Desk drawer</source>
      <translation>Gaveta da mesa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Ice pack</source>
      <translation>Bolsa de gelo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Lemon ones taste best</source>
      <translation>Os de limão são os mais gostosos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>Magnesium glycinate</source>
      <translation>Glicinato de magnésio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Magnesium spray</source>
      <translation>Spray de magnésio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>My prescribed muscle medicine</source>
      <translation>Meu remédio receitado para os músculos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Office freezer</source>
      <translation>Congelador do escritório</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Refill on Sundays</source>
      <translation>Reabastecer aos domingos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Stand, roll your shoulders and look far away for a minute.</source>
      <translation>Fique de pé, gire os ombros e olhe para longe por um minuto.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Tennis ball for knots</source>
      <translation>Bola de tênis para os nós</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Tuesdays and Thursdays</source>
      <translation>Às terças e quintas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Walk to the window</source>
      <translation>Caminhe até a janela</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/toolkit.py" />
      <source>Work bag</source>
      <translation>Bolsa do trabalho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/demo/journal.py" />
      <source>drowsy</source>
      <translation>sonolência</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Fibro Desktop is not a medical device and does not diagnose anything. It helps you keep notes and habits. Always talk to your doctor or care team about your symptoms and before changing any treatment.</source>
      <translation>O Fibro Desktop não é um dispositivo médico e não faz diagnósticos. Ele ajuda você a fazer anotações e a manter hábitos. Converse sempre com seu médico ou sua equipe de saúde sobre seus sintomas e antes de mudar qualquer tratamento.</translation>
    </message>
  </context>
  <context>
    <name>DoseLogger</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Amount</source>
      <translation>Quantidade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Did it help?</source>
      <translation>Ajudou?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Log a dose</source>
      <translation>Registrar uma dose</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Log a dose: %1</source>
      <translation>Registrar uma dose: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Not said</source>
      <translation>Não informado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Now</source>
      <translation>Agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Save dose</source>
      <translation>Salvar dose</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Set the time to now</source>
      <translation>Mudar a hora para agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Side effects</source>
      <translation>Efeitos colaterais</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Skipped</source>
      <translation>Pulada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Taken</source>
      <translation>Tomada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Taken or skipped</source>
      <translation>Tomada ou pulada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>Time taken</source>
      <translation>Hora em que tomou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>anything you noticed, for example drowsiness</source>
      <translation>qualquer coisa que você percebeu, por exemplo sonolência</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/dose_logger.py" />
      <source>as you write it</source>
      <translation>como você escreve</translation>
    </message>
  </context>
  <context>
    <name>Encryption</name>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>%1 older backups were left as they were (made with another passphrase, or kept unencrypted as you asked).</source>
      <translation>%1 cópias de segurança antigas ficaram como estavam (feitas com outra senha, ou mantidas sem criptografia, como você pediu).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Change passphrase</source>
      <translation>&amp;Mudar a senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Keep an unencrypted copy of my data as a backup</source>
      <translation>&amp;Guardar uma cópia sem criptografia dos meus dados como cópia de segurança</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nova senha:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Open</source>
      <translation>&amp;Abrir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Senha:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Protect my data</source>
      <translation>&amp;Proteger meus dados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>&amp;Protect with a passphrase…</source>
      <translation>&amp;Proteger com uma senha…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Quit</source>
      <translation>Sai&amp;r</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Remove protection</source>
      <translation>&amp;Remover a proteção</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Repeat it:</source>
      <translation>Repi&amp;ta a senha:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>&amp;Show passphrase</source>
      <translation>M&amp;ostrar a senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>&amp;Show passphrases</source>
      <translation>M&amp;ostrar as senhas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>A backup of your data could not be made first, so nothing was changed: %1</source>
      <translation>Não foi possível fazer antes uma cópia de segurança dos seus dados, então nada foi alterado: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>An unencrypted copy can be read by anyone who can open your files, so it undoes the protection; it is only a safety net for a forgotten passphrase. Without it, your existing backups are encrypted too. Copies already in a second backup folder, and exports, are not changed.</source>
      <translation>Uma cópia sem criptografia pode ser lida por qualquer pessoa que consiga abrir seus arquivos, então ela desfaz a proteção; serve só como rede de segurança caso você esqueça a senha. Sem ela, suas cópias de segurança atuais também são criptografadas. Cópias que já estão em uma segunda pasta de cópias de segurança, e exportações, não são alteradas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>C&amp;hange passphrase…</source>
      <translation>&amp;Mudar a senha…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>C&amp;urrent passphrase:</source>
      <translation>Senha &amp;atual:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Change passphrase</source>
      <translation>Mudar a senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Change your passphrase</source>
      <translation>Mudar sua senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Changing how your data is protected…</source>
      <translation>Mudando a forma como seus dados são protegidos…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Current passphrase</source>
      <translation>Senha atual</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Enter your passphrase</source>
      <translation>Digite sua senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Fibro Desktop is changing how your data is protected.</source>
      <translation>O Fibro Desktop está mudando a forma como seus dados são protegidos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" />
      <source>If the passphrase is forgotten, this data cannot be opened again: it cannot be recovered or reset, by anyone. Write it down and keep it somewhere safe.</source>
      <translation>Se a senha for esquecida, estes dados não poderão mais ser abertos: não dá para recuperá-la nem redefini-la, ninguém consegue. Anote a senha e guarde em um lugar seguro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Is Caps Lock on, or is another keyboard layout active?</source>
      <translation>O Caps Lock está ligado, ou outro layout de teclado está ativo?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Keep an unencrypted copy of my data as a backup</source>
      <translation>Guardar uma cópia sem criptografia dos meus dados como cópia de segurança</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Making a backup of your data first…</source>
      <translation>Fazendo antes uma cópia de segurança dos seus dados…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/common.py" />
      <source>Message</source>
      <translation>Mensagem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>New passphrase</source>
      <translation>Nova senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Passphrase</source>
      <translation>Senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Please choose a passphrase of at least %1 characters; a few words make a good one.</source>
      <translation>Escolha uma senha com pelo menos %1 caracteres; algumas palavras juntas formam uma boa senha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Please enter your current passphrase.</source>
      <translation>Digite sua senha atual, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Please enter your passphrase.</source>
      <translation>Digite sua senha, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Protect with a passphrase</source>
      <translation>Proteger com uma senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Protect your data with a passphrase</source>
      <translation>Proteger seus dados com uma senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Remove passphrase p&amp;rotection…</source>
      <translation>Remover a proteção por s&amp;enha…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Remove protection</source>
      <translation>Remover a proteção</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Remove the passphrase protection</source>
      <translation>Remover a proteção por senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Repeat the new passphrase</source>
      <translation>Repita a nova senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Show passphrase</source>
      <translation>Mostrar a senha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Show passphrases</source>
      <translation>Mostrar as senhas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>That is not your current passphrase. Nothing was changed.</source>
      <translation>Essa não é a sua senha atual. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>That passphrase does not open your data. Nothing was changed; please try again.</source>
      <translation>Essa senha não abre seus dados. Nada foi alterado; tente de novo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>The new passphrase is the same as the current one.</source>
      <translation>A nova senha é igual à atual.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>The two new passphrases are not the same.</source>
      <translation>As duas novas senhas não são iguais.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>The unencrypted copy you asked for is kept at: %1</source>
      <translation>A cópia sem criptografia que você pediu está guardada em: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your data and its backups will be encrypted again with the new passphrase.</source>
      <translation>Seus dados e as cópias de segurança serão criptografados de novo com a nova senha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your data is no longer protected with a passphrase.</source>
      <translation>Seus dados não estão mais protegidos por senha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your data is now protected with your passphrase.</source>
      <translation>Seus dados agora estão protegidos com a sua senha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Your data is protected</source>
      <translation>Seus dados estão protegidos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your journal and its backups will be encrypted on disk. Fibro Desktop will ask for the passphrase each time it starts. Settings and the log file stay unencrypted; they hold no journal entries. Exports you save are not encrypted.</source>
      <translation>Seu diário e as cópias de segurança serão criptografados no disco. O Fibro Desktop vai pedir a senha toda vez que abrir. As configurações e o arquivo de registro (log) ficam sem criptografia; eles não têm registros do diário. As exportações que você salvar não são criptografadas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/protect_dialog.py" />
      <source>Your journal and its backups will be stored without encryption again, protected only by your computer account. Fibro Desktop will no longer ask for a passphrase.</source>
      <translation>Seu diário e as cópias de segurança voltarão a ser guardados sem criptografia, protegidos só pela sua conta no computador. O Fibro Desktop não vai mais pedir senha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/encryption/unlock_dialog.py" />
      <source>Your journal is encrypted with a passphrase you chose. Enter it to open your data.</source>
      <translation>Seu diário está criptografado com uma senha que você escolheu. Digite a senha para abrir seus dados.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/encryption.py" />
      <source>Your passphrase is changed.</source>
      <translation>Sua senha foi mudada.</translation>
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
      <translation> min até aliviar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Activity</source>
      <translation>Atividade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Another thing you tried, in your own words</source>
      <translation>Outra coisa que você tentou, com suas palavras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did %1 help?</source>
      <translation>%1 ajudou?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did any of these come with it?</source>
      <translation>Veio junto alguma destas coisas?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Did it help?</source>
      <translation>Ajudou?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Discard changes</source>
      <translation>Descartar alterações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Effect on %1, 0 to 10</source>
      <translation>Efeito sobre %1, de 0 a 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>For example: typing, climbing stairs</source>
      <translation>Por exemplo: digitar, subir escadas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How long it lasted</source>
      <translation>Quanto tempo durou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How long the spasm lasted, in minutes</source>
      <translation>Quanto tempo o espasmo durou, em minutos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>How much it affected me (0 = not at all, 10 = a lot)</source>
      <translation>Quanto isso me afetou (0 = nada, 10 = muito)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>In one place: one muscle group.</source>
      <translation>Em um lugar: um grupo muscular.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Intensity (0-10)</source>
      <translation>Intensidade (0-10)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>It's still going</source>
      <translation>Ainda está acontecendo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Keep editing</source>
      <translation>Continuar editando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Keep your changes?</source>
      <translation>Manter suas alterações?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Minutes until %1 eased it</source>
      <translation>Minutos até %1 aliviar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Mood</source>
      <translation>Humor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Moving around</source>
      <translation>Movimento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Moving around: %1 muscle groups.</source>
      <translation>Em movimento: %1 grupos musculares.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>New spasm entry</source>
      <translation>Novo registro de espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Not said</source>
      <translation>Não informado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Notes</source>
      <translation>Anotações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Save</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Sleep</source>
      <translation>Sono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Something else I tried (your own words)</source>
      <translation>Outra coisa que tentei (com suas palavras)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Spasm details</source>
      <translation>Detalhes do espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Started</source>
      <translation>Começou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Obrigado por anotar isso. Sinais como estes merecem ser vistos por um médico; se forem repentinos ou fortes, procure atendimento de urgência.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Time until back to normal</source>
      <translation>Tempo até voltar ao normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Time until back to normal, in minutes</source>
      <translation>Tempo até voltar ao normal, em minutos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What I tried, and whether it helped</source>
      <translation>O que tentei, e se ajudou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What I was doing</source>
      <translation>O que eu estava fazendo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What came before it</source>
      <translation>O que veio antes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What do the kinds mean?</source>
      <translation>O que significam os tipos?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What it was</source>
      <translation>O que foi</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>What was going on</source>
      <translation>O que estava acontecendo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>Where (click the body, or Tab to a place and press Space)</source>
      <translation>Onde (clique no corpo, ou use Tab até um lugar e aperte Espaço)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>You changed this entry. What would you like to do?</source>
      <translation>Você alterou este registro. O que você quer fazer?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>a lot</source>
      <translation>muito</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>barely</source>
      <translation>quase nada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>minutes to relief</source>
      <translation>minutos até aliviar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>not at all</source>
      <translation>nada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>not sure</source>
      <translation>não sei</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>the kinds of spasm</source>
      <translation>os tipos de espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/editor.py" />
      <source>worst</source>
      <translation>o pior</translation>
    </message>
  </context>
  <context>
    <name>EpisodeTimelineModel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>details can be added</source>
      <translation>dá para adicionar detalhes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>intensity %1 of 10</source>
      <translation>intensidade %1 de 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>still going</source>
      <translation>ainda acontecendo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>warning sign noted</source>
      <translation>sinal de alerta anotado</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>&amp;Copy details</source>
      <translation>&amp;Copiar detalhes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Error details</source>
      <translation>Detalhes do erro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Fibro Desktop ran into a problem it did not expect. Your saved entries are safe. You can keep working; if this happens again, the details below help to fix it.</source>
      <translation>O Fibro Desktop encontrou um problema que não esperava. Seus registros salvos estão seguros. Você pode continuar usando; se isso acontecer de novo, os detalhes abaixo ajudam a corrigir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>Something went wrong</source>
      <translation>Algo deu errado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/error_dialog.py" />
      <source>They are also in the log file: %1</source>
      <translation>Eles também estão no arquivo de registro (log): %1</translation>
    </message>
  </context>
  <context>
    <name>GlobalHotkey</name>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" />
      <source>On macOS a shortcut that works in every program needs a permission Fibro Desktop does not ask for. You can add one in System Settings → Keyboard → Keyboard Shortcuts that opens Fibro Desktop.</source>
      <translation>No macOS, um atalho que funciona em qualquer programa precisa de uma permissão que o Fibro Desktop não pede. Você pode criar um em Ajustes do Sistema → Teclado → Atalhos de Teclado que abra o Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/global_hotkey.py" />
      <source>This desktop does not let apps take a shortcut from other programs. You can add one in your system's keyboard settings that starts Fibro Desktop.</source>
      <translation>Esta área de trabalho não deixa os apps pegarem um atalho de outros programas. Você pode criar um nas configurações de teclado do seu sistema que abra o Fibro Desktop.</translation>
    </message>
  </context>
  <context>
    <name>GlobalShortcut</name>
    <message>
      <location filename="../../fibro_desktop/wiring/global_shortcut.py" />
      <source>The shortcut %1 for logging a spasm could not be set up: another program may already use it. You can choose other keys in Settings.</source>
      <translation>Não foi possível configurar o atalho %1 para registrar um espasmo: outro programa pode já estar usando. Você pode escolher outras teclas nas Configurações.</translation>
    </message>
  </context>
  <context>
    <name>GuideReader</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/reader.py" />
      <source>Guide text</source>
      <translation>Texto do guia</translation>
    </message>
  </context>
  <context>
    <name>JournalFilters</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>All time</source>
      <translation>Todo o período</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Any trigger</source>
      <translation>Qualquer gatilho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Anywhere</source>
      <translation>Qualquer lugar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Clear the filters</source>
      <translation>Limpar os filtros</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Every kind</source>
      <translation>Todos os tipos</translation>
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
        <numerusform>Hoje</numerusform>
        <numerusform>Últimos %n dias</numerusform>
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
      <translation>Período</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Search notes</source>
      <translation>Buscar nas anotações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Search the notes</source>
      <translation>Buscar nas anotações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Show all</source>
      <translation>Mostrar tudo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Trigger</source>
      <translation>Gatilho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Trigger:</source>
      <translation>Gatilho:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/filters.py" />
      <source>Where:</source>
      <translation>Onde:</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>%Ln entries</source>
      <extracomment>A count. English: %Ln entry / %Ln entries</extracomment>
      <translation>
        <numerusform>%Ln registro</numerusform>
        <numerusform>%Ln registros</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Back to normal now</source>
      <translation>Voltei ao normal agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Count the time until back to normal from its start to now</source>
      <translation>Contar o tempo até voltar ao normal, do início até agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Daily check-in</source>
      <translation>Check-in do dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Delete</source>
      <translation>Excluir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Delete entry</source>
      <translation>Excluir registro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Episodes</source>
      <translation>Episódios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>It has stopped: count how long it lasted from its start to now</source>
      <translation>Parou: contar quanto tempo durou, do início até agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>It's over now</source>
      <translation>Já passou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Journal</source>
      <translation>Diário</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Journal sections</source>
      <translation>Seções do diário</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Log a spasm</source>
      <translation>Registrar um espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Medications</source>
      <translation>Remédios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>New entry with details…</source>
      <translation>Novo registro com detalhes…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>No entries match these filters. Change or clear them to see more.</source>
      <translation>Nenhum registro corresponde a estes filtros. Mude ou limpe os filtros para ver mais.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Nothing logged yet. When a spasm comes, press "Log a spasm": how strong it is is enough, details can wait.</source>
      <translation>Nada registrado ainda. Quando vier um espasmo, aperte "Registrar um espasmo": basta dizer a força, os detalhes podem esperar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Open details</source>
      <translation>Abrir detalhes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Put back the entry as it was before your last edit (Ctrl+Z)</source>
      <translation>Voltar o registro ao que era antes da sua última edição (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Put back the entry you deleted (Ctrl+Z)</source>
      <translation>Trazer de volta o registro que você excluiu (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Three steps: open, choose how strong, save</source>
      <translation>Três passos: abrir, escolher a força, salvar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo</source>
      <translation>Desfazer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo delete</source>
      <translation>Desfazer exclusão</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Undo edit</source>
      <translation>Desfazer edição</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>What is worth noting?</source>
      <translation>O que vale a pena anotar?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>Your entries</source>
      <translation>Seus registros</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/page.py" />
      <source>what to note about a spasm</source>
      <translation>o que anotar sobre um espasmo</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>&amp;Log a spasm…</source>
      <translation>&amp;Registrar um espasmo…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>A minute for today's check-in? Click here to open it.</source>
      <translation>Um minuto para o check-in de hoje? Clique aqui para abrir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Fibro Desktop</source>
      <translation>Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Journal</source>
      <translation>Diário</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Log spasms and daily check-ins</source>
      <translation>Registre espasmos e check-ins do dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Open the check-in</source>
      <translation>Abrir o check-in</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/journal.py" />
      <source>Today's check-in</source>
      <translation>Check-in de hoje</translation>
    </message>
  </context>
  <context>
    <name>Learn</name>
    <message>
      <location filename="../../fibro_desktop/wiring/learn.py" />
      <source>&amp;Learn: guides in plain words</source>
      <translation>&amp;Aprender: guias em palavras simples</translation>
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
      <translation>Abre o guia nesta parte</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/link.py" />
      <source>this</source>
      <translation>isto</translation>
    </message>
  </context>
  <context>
    <name>LearnWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Fechar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Guides</source>
      <translation>Guias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Learn — Fibro Desktop</source>
      <translation>Aprender — Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>No guide mentions that. Try a shorter or different word.</source>
      <translation>Nenhum guia fala disso. Tente uma palavra mais curta ou diferente.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Save as P&amp;DF…</source>
      <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>Save the guide as PDF</source>
      <translation>Salvar o guia como PDF</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Search all guides</source>
      <translation>Buscar em todos os guias</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Search result</source>
      <translation>Resultado da busca</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/guide_list.py" />
      <source>Sections found: %1</source>
      <translation>Seções encontradas: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>The PDF was not saved</source>
      <translation>O PDF não foi salvo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/learn/window.py" />
      <source>The guide could not be saved as %1. The folder may be read-only, or the disk may be full. Please choose another place.</source>
      <translation>Não foi possível salvar o guia como %1. A pasta pode ser somente leitura, ou o disco pode estar cheio. Escolha outro lugar.</translation>
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
      <translation>O Fibro Desktop é software livre: você pode usar, compartilhar e modificar sob a Licença Pública Geral GNU (GPL), versão 3 ou posterior. Ele vem sem nenhuma garantia. É feito com software livre de outras pessoas, cada um sob sua própria licença, listados aqui.</translation>
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
      <translation>Texto da licença</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licence text to show</source>
      <translation>Texto da licença para mostrar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Licences</source>
      <translation>Licenças</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>Software included, with their notices</source>
      <translation>Software incluído, com seus avisos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/licences_dialog.py" />
      <source>The licence files are missing from this installation. Fibro Desktop is released under the GNU General Public License, version 3 or later.</source>
      <translation>Os arquivos de licença estão faltando nesta instalação. O Fibro Desktop é distribuído sob a Licença Pública Geral GNU (GPL), versão 3 ou posterior.</translation>
    </message>
  </context>
  <context>
    <name>LiveEpisodes</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 at %2</source>
      <translation>%1 às %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 from %2 is over (%3)</source>
      <translation>%1 de %2 terminou (%3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1 since %2</source>
      <translation>%1 desde %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>%1, still going since %2</source>
      <translation>%1, ainda acontecendo desde %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>And %1 more in the list below.</source>
      <translation>E mais %1 na lista abaixo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Back to normal now</source>
      <translation>Voltei ao normal agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Back to normal now: %1</source>
      <translation>Voltei ao normal agora: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Hide</source>
      <translation>Ocultar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Hide this question: %1</source>
      <translation>Ocultar esta pergunta: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>It's over now</source>
      <translation>Já passou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>It's over now: %1</source>
      <translation>Já passou: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Enter the time until back to normal here.</source>
      <translation>Já passou mais de um dia desde que começou, então o tempo não pode ser contado a partir de agora. Informe aqui o tempo até voltar ao normal.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>More than a day has passed since it started, so the time cannot be counted from now. Untick "It's still going" and enter how long it lasted.</source>
      <translation>Já passou mais de um dia desde que começou, então o tempo não pode ser contado a partir de agora. Desmarque "Ainda está acontecendo" e informe quanto tempo durou.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Saved: %1 lasted %2.</source>
      <translation>Salvo: %1 durou %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Saved: back to normal %1 after it started.</source>
      <translation>Salvo: voltou ao normal %1 depois de começar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>Spasms going on now</source>
      <translation>Espasmos acontecendo agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/live.py" />
      <source>yesterday %1</source>
      <translation>ontem %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;File</source>
      <translation>&amp;Arquivo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;Help</source>
      <translation>Aj&amp;uda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/menus.py" />
      <source>&amp;View</source>
      <translation>&amp;Exibir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/main_window.py" />
      <source>Sections</source>
      <translation>Seções</translation>
    </message>
  </context>
  <context>
    <name>Maintenance</name>
    <message>
      <location filename="../../fibro_desktop/ui/maintenance.py" />
      <source>Fibro Desktop is busy with your data file.</source>
      <translation>O Fibro Desktop está trabalhando no seu arquivo de dados.</translation>
    </message>
  </context>
  <context>
    <name>MedicationEditor</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Add to your list</source>
      <translation>Adicionar à sua lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Change this entry</source>
      <translation>Alterar este item</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Medication or supplement</source>
      <translation>Remédio ou suplemento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Save to my list</source>
      <translation>Salvar na minha lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>Usual amount</source>
      <translation>Quantidade habitual</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>as it is written on the pack, or as you call it</source>
      <translation>como está escrito na embalagem, ou como você chama</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>capsule</source>
      <translation>cápsula</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>cream or gel</source>
      <translation>creme ou gel</translation>
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
      <translation>injeção</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>powder</source>
      <translation>pó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>spray</source>
      <translation>spray</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>tablet</source>
      <translation>comprimido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medication_editor.py" />
      <source>your usual amount, in your own words</source>
      <translation>sua quantidade habitual, com suas palavras</translation>
    </message>
  </context>
  <context>
    <name>MedicationsPanel</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>%1 is archived. Its doses stay in your journal; tick "Show archived" to bring it back.</source>
      <translation>%1 foi arquivado. As doses continuam no seu diário; marque "Mostrar arquivados" para trazê-lo de volta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>%1 is back on your list.</source>
      <translation>%1 voltou para a sua lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>About this list</source>
      <translation>Sobre esta lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Add to my list</source>
      <translation>Adicionar à minha lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Archive</source>
      <translation>Arquivar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Archive %1</source>
      <translation>Arquivar %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Bring back</source>
      <translation>Trazer de volta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Bring back %1</source>
      <translation>Trazer %1 de volta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Delete the selected dose</source>
      <translation>Excluir a dose selecionada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Delete this dose</source>
      <translation>Excluir esta dose</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Dose deleted.</source>
      <translation>Dose excluída.</translation>
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
      <translation>Qual o lugar dos remédios aqui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Log a dose</source>
      <translation>Registrar uma dose</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Log a dose of %1</source>
      <translation>Registrar uma dose de %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Logged %1 at %2.</source>
      <translation>%1 registrado às %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Medications and supplements</source>
      <translation>Remédios e suplementos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>No doses logged in the last two weeks.</source>
      <translation>Nenhuma dose registrada nas últimas duas semanas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Noted that %1 was skipped at %2.</source>
      <translation>Anotado que %1 foi pulado às %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Nothing here yet. Add what you take, in your own words, and logging a dose becomes two clicks.</source>
      <translation>Nada aqui ainda. Adicione o que você toma, com suas palavras, e registrar uma dose passa a levar dois cliques.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Recent doses</source>
      <translation>Doses recentes</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Saved %1 to your list.</source>
      <translation>%1 foi salvo na sua lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Show archived</source>
      <translation>Mostrar arquivados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Side effects: %1</source>
      <translation>Efeitos colaterais: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Skipped</source>
      <translation>Pulada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Taken</source>
      <translation>Tomada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>The dose is back.</source>
      <translation>A dose voltou.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>This list only records what you write. The app never suggests a medicine, a supplement, an amount or a change; please talk to your doctor or pharmacist about those.</source>
      <translation>Esta lista só guarda o que você escreve. O app nunca sugere um remédio, um suplemento, uma quantidade ou uma mudança; converse com seu médico ou farmacêutico sobre isso.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Undo delete</source>
      <translation>Desfazer exclusão</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>Your list</source>
      <translation>Sua lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>archived</source>
      <translation>arquivado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/medications.py" />
      <source>medicines and supplements</source>
      <translation>remédios e suplementos</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Close</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/notices.py" />
      <source>Close this notice</source>
      <translation>Fechar este aviso</translation>
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
      <translation>Uma pausa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A break is waiting until the full-screen window or Do Not Disturb ends.</source>
      <translation>Uma pausa está esperando a janela em tela cheia ou o Não perturbe terminar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A few sips now help keep muscles from cramping.</source>
      <translation>Alguns goles agora ajudam a evitar cãibras.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A glass of water?</source>
      <translation>Um copo de água?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A recovery break</source>
      <translation>Uma pausa de recuperação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>A short pause</source>
      <translation>Uma pausa curta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Also: a glass of water, a few sips now.</source>
      <translation>E também: um copo de água, alguns goles agora.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Also: feet flat, back supported, shoulders low.</source>
      <translation>E também: pés apoiados no chão, costas apoiadas, ombros baixos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Away anyway</source>
      <translation>Já estava fora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Breaks are paused until %1.</source>
      <translation>Pausas suspensas até %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Breaks are paused.</source>
      <translation>Pausas suspensas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Change position, let your shoulders drop, unclench your jaw, take a sip of water.</source>
      <translation>Mude de posição, deixe os ombros caírem, solte a mandíbula, tome um gole de água.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Custom</source>
      <translation>Personalizado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Desk time is on hold. Rest, use warmth or a gentle movement that helps you, and log the spasm when you are ready.</source>
      <translation>O tempo no computador está parado. Descanse, use calor ou um movimento suave que ajude você, e registre o espasmo quando estiver pronto.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Done</source>
      <translation>Concluída</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Enough desk time for today</source>
      <translation>Chega de computador por hoje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Feet flat, back supported, shoulders low, screen at eye height.</source>
      <translation>Pés apoiados no chão, costas apoiadas, ombros baixos, tela na altura dos olhos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Fibro Desktop: %1</source>
      <translation>Fibro Desktop: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Fibro Desktop: next break in %1</source>
      <translation>Fibro Desktop: próxima pausa em %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Flare day</source>
      <translation>Dia de crise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Gentle</source>
      <translation>Suave</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Get up if you can. Move gently and slowly, nothing that strains or hurts.</source>
      <translation>Levante-se, se puder. Mexa-se devagar e com calma, nada que force ou doa.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Movement break</source>
      <translation>Pausa com movimento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>On a break: %1.</source>
      <translation>Em pausa: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Outside your work hours: no breaks are timed.</source>
      <translation>Fora do seu horário de trabalho: nenhuma pausa é marcada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Posture check</source>
      <translation>Confira a postura</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Put off</source>
      <translation>Adiada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Recovery break</source>
      <translation>Pausa de recuperação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Short pause</source>
      <translation>Pausa curta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Skipped</source>
      <translation>Pulada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Standard desk day</source>
      <translation>Dia normal no computador</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Taken</source>
      <translation>Feita</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>The break timer is switched off.</source>
      <translation>O marcador de pausas está desligado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Time to move a little</source>
      <translation>Hora de se mexer um pouco</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Waited for a full-screen window</source>
      <translation>Esperou a tela cheia acabar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Worked through</source>
      <translation>Trabalhei direto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Working. %1 in %2.</source>
      <translation>Trabalhando. %1 em %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>Working. Both kinds of break are switched off.</source>
      <translation>Trabalhando. Os dois tipos de pausa estão desligados.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>You have reached the desk-time limit you set for today. If you can, stop here and rest. If you must go on, choose Keep going in the Pacing tab.</source>
      <translation>Você chegou ao limite de tempo no computador que definiu para hoje. Se puder, pare aqui e descanse. Se precisar continuar, escolha Continuar hoje na aba Ritmo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/texts.py" />
      <source>You have reached today's desk-time limit. Time to stop for the day, if you can.</source>
      <translation>Você chegou ao limite de tempo no computador de hoje. Hora de parar por hoje, se puder.</translation>
    </message>
  </context>
  <context>
    <name>PacingExercises</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>%1 (yours)</source>
      <translation>%1 (seu)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;For:</source>
      <translation>Pa&amp;ra:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Moves:</source>
      <translation>&amp;Músculos:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nome:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>&amp;Steps:</source>
      <translation>&amp;Passos:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Add &amp;your own…</source>
      <translation>Adicionar o &amp;seu…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Any break</source>
      <translation>Qualquer pausa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Exercises</source>
      <translation>Exercícios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Exercises in use</source>
      <translation>Exercícios em uso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Movement breaks</source>
      <translation>Pausas com movimento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>One step per line</source>
      <translation>Um passo por linha</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Please give it a name.</source>
      <translation>Dê um nome, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Please write at least one step.</source>
      <translation>Escreva pelo menos um passo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>R&amp;emove yours</source>
      <translation>E&amp;xcluir o seu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Short pauses</source>
      <translation>Pausas curtas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Untick any you would rather not do. Exercises that move a muscle group you logged a spasm in today are left out by themselves.</source>
      <translation>Desmarque os que você prefere não fazer. Exercícios que mexem um grupo muscular em que você registrou um espasmo hoje ficam de fora sozinhos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/exercises_form.py" />
      <source>Your own exercise</source>
      <translation>Seu próprio exercício</translation>
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
      <translation>Continua&amp;r hoje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Not today</source>
      <translation>Ho&amp;je não</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Pause breaks</source>
      <translation>Suspe&amp;nder pausas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Resume breaks</source>
      <translation>&amp;Retomar pausas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>&amp;Take a break now</source>
      <translation>Fa&amp;zer uma pausa agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Break settings</source>
      <translation>Configurações das pausas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Break timer status</source>
      <translation>Situação do marcador de pausas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Breaks had: %1 of %2</source>
      <translation>Pausas feitas: %1 de %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Desk time: %1</source>
      <translation>Tempo no computador: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>For 1 hour</source>
      <translation>Por 1 hora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>For 30 minutes</source>
      <translation>Por 30 minutos</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Gentle streak: %n days in a row with at least half your breaks</source>
      <extracomment>A count. English: Gentle streak: %n day with at least half your breaks / Gentle streak: %n days in a row with at least half your breaks</extracomment>
      <translation>
        <numerusform>Sequência tranquila: %n dia com pelo menos metade das suas pausas</numerusform>
        <numerusform>Sequência tranquila: %n dias seguidos com pelo menos metade das suas pausas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Logged from the Pacing tab (Spasm now)</source>
      <translation>Registrado na aba Ritmo (Espasmo agora)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>No breaks have come due yet today.</source>
      <translation>Nenhuma pausa chegou ainda hoje.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>No breaks yet today. The first one will come by itself; you can also take one whenever you like.</source>
      <translation>Nenhuma pausa ainda hoje. A primeira virá sozinha; você também pode fazer uma quando quiser.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Pacing</source>
      <translation>Ritmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Recovery breaks: %1</source>
      <translation>Pausas de recuperação: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Spasm &amp;now</source>
      <translation>&amp;Espasmo agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Starts a recovery break, holds desk time and opens the quick log</source>
      <translation>Começa uma pausa de recuperação, segura o tempo no computador e abre o registro rápido</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Time to the next break</source>
      <translation>Tempo até a próxima pausa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today</source>
      <translation>Hoje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today at a glance</source>
      <translation>Hoje em resumo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today's breaks</source>
      <translation>Pausas de hoje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Today's check-in shows a hard day. A Flare-day rhythm, with shorter spells at the desk and longer rests, may suit today better. It is your choice.</source>
      <translation>O check-in de hoje mostra um dia difícil. O ritmo Dia de crise, com períodos mais curtos no computador e descansos mais longos, pode combinar melhor com hoje. A escolha é sua.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/menus.py" />
      <source>Until tomorrow</source>
      <translation>Até amanhã</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Use &amp;Flare day</source>
      <translation>Usar &amp;Dia de crise</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Why short breaks help</source>
      <translation>Por que pausas curtas ajudam</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>Worked through: %1</source>
      <translation>Trabalhei direto: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/page.py" />
      <source>pacing your day</source>
      <translation>dosar o ritmo do seu dia</translation>
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
      <translation>&amp;Limite diário de tempo no computador:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Keep breaks during full-screen windows and Do Not Disturb</source>
      <translation>&amp;Manter as pausas em tela cheia e no Não perturbe</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Movement break every:</source>
      <translation>Pausa com mo&amp;vimento a cada:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>&amp;Short pause every:</source>
      <translation>Pausa &amp;curta a cada:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Breaks</source>
      <translation>Pausas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Fri</source>
      <translation>sex</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>From:</source>
      <translation>De:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Mon</source>
      <translation>seg</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Movement break l&amp;asts:</source>
      <translation>Pausa com movimento &amp;dura:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>No Skip button and Esc does nothing; "I need my screen" always gets you out (counted as skipped).</source>
      <translation>Sem botão Pular, e Esc não faz nada; "Preciso da minha tela" sempre tira você dali (conta como pulada).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>On:</source>
      <translation>Em:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Only durin&amp;g work hours</source>
      <translation>Só no &amp;horário de trabalho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Otherwise breaks and reminders wait until the presentation or video is over.</source>
      <translation>Senão, pausas e lembretes esperam a apresentação ou o vídeo terminar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>P&amp;ostpones per break:</source>
      <translation>Adiamentos p&amp;or pausa:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Postpone &amp;by:</source>
      <translation>Adiar &amp;por:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Posture &amp;check every:</source>
      <translation>Checar a post&amp;ura a cada:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>R&amp;hythm:</source>
      <translation>R&amp;itmo:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Sat</source>
      <translation>sáb</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Short pause &amp;lasts:</source>
      <translation>Pausa curta dur&amp;a:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Soft so&amp;und when a break starts</source>
      <translation>Som suave &amp;quando uma pausa começa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Str&amp;ict: a calm cover over every screen until the break ends</source>
      <translation>Ri&amp;goroso: uma cobertura calma sobre todas as telas até a pausa acabar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Sun</source>
      <translation>dom</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Thu</source>
      <translation>qui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Time breaks for desk &amp;work</source>
      <translation>Marcar pausas no &amp;trabalho ao computador</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Tue</source>
      <translation>ter</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Water reminder e&amp;very:</source>
      <translation>Lem&amp;brete de água a cada:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Wed</source>
      <translation>qua</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work ends at</source>
      <translation>O trabalho termina às</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work must end after it starts.</source>
      <translation>O fim do trabalho precisa ser depois do início.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Work starts at</source>
      <translation>O trabalho começa às</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>Your day</source>
      <translation>Seu dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>no limit</source>
      <translation>sem limite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>off</source>
      <translation>desligado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/settings_form.py" />
      <source>to</source>
      <translation>até</translation>
    </message>
  </context>
  <context>
    <name>PacingSignals</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen counts as time away.</source>
      <translation>Uma tela bloqueada conta como tempo fora.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen is not reported here.</source>
      <translation>Uma tela bloqueada não é informada aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>A locked screen is not reported here; time away from the keyboard covers it.</source>
      <translation>Uma tela bloqueada não é informada aqui; o tempo longe do teclado cobre isso.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see Do Not Disturb, so breaks can wait until it ends. Full-screen windows are not reported here.</source>
      <translation>O app consegue ver o Não perturbe, então as pausas podem esperar ele terminar. Janelas em tela cheia não são informadas aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see a full-screen window (a film, a presentation, a game) and Do Not Disturb, so breaks can wait until they end.</source>
      <translation>O app consegue ver uma janela em tela cheia (um filme, uma apresentação, um jogo) e o Não perturbe, então as pausas podem esperar eles terminarem.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>The app can see a full-screen window (a film, a presentation, a game), so breaks can wait until it ends. Do Not Disturb is not reported here.</source>
      <translation>O app consegue ver uma janela em tela cheia (um filme, uma apresentação, um jogo), então as pausas podem esperar ela terminar. O Não perturbe não é informado aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>This desktop does not tell the app about full-screen windows or Do Not Disturb.</source>
      <translation>Esta área de trabalho não avisa o app sobre janelas em tela cheia nem sobre o Não perturbe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>This system does not let the app read how long the keyboard has been idle, so only sleep, suspend and pauses count as time away.</source>
      <translation>Este sistema não deixa o app saber há quanto tempo o teclado está parado, então só a suspensão e as pausas contam como tempo fora.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/desktop_signals.py" />
      <source>Time away from the keyboard and mouse counts as a break.</source>
      <translation>O tempo longe do teclado e do mouse conta como pausa.</translation>
    </message>
  </context>
  <context>
    <name>PacingTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Pause breaks</source>
      <translation>Suspe&amp;nder pausas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Resume breaks</source>
      <translation>Re&amp;tomar pausas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>&amp;Spasm now: a recovery break</source>
      <translation>&amp;Espasmo agora: uma pausa de recuperação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Break timer for desk work</source>
      <translation>Marcador de pausas para o trabalho no computador</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Fibro Desktop is still here</source>
      <translation>O Fibro Desktop continua aqui</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Fibro Desktop is still running</source>
      <translation>O Fibro Desktop continua aberto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Logged from the tray (Spasm now)</source>
      <translation>Registrado pela bandeja (Espasmo agora)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Pacing</source>
      <translation>Ritmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>Take a &amp;break now</source>
      <translation>&amp;Fazer uma pausa agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>The break timer keeps running in the tray. Choose Quit in the tray menu to close it completely.</source>
      <translation>O marcador de pausas continua funcionando na bandeja. Escolha Sair no menu da bandeja para fechá-lo de vez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>This desktop has no tray, so Fibro Desktop was minimised instead of closed: the break timer keeps running. To bring the window back, click Fibro Desktop in the taskbar, the dock or the overview, or start it again. To close it completely, choose Quit in the File menu.</source>
      <translation>Esta área de trabalho não tem bandeja, então o Fibro Desktop foi minimizado em vez de fechado: o marcador de pausas continua funcionando. Para trazer a janela de volta, clique em Fibro Desktop na barra de tarefas, no dock ou na visão geral, ou abra-o de novo. Para fechá-lo de vez, escolha Sair no menu Arquivo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/pacing.py" />
      <source>To get a tray on GNOME, turn on the “AppIndicator and KStatusNotifierItem Support” extension (Ubuntu has it on already), then start Fibro Desktop again.</source>
      <translation>Para ter uma bandeja no GNOME, ative a extensão “AppIndicator and KStatusNotifierItem Support” (o Ubuntu já vem com ela ativa) e depois abra o Fibro Desktop de novo.</translation>
    </message>
  </context>
  <context>
    <name>QuickLogDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>%1 min ago</source>
      <translation>há %1 min</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>1 hour ago</source>
      <translation>há 1 hora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Choose how strong it is, from 0 to 10.</source>
      <translation>Escolha a força, de 0 a 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>How strong is it? (0 = barely, 10 = worst)</source>
      <translation>Qual a força? (0 = quase nada, 10 = o pior)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Intensity from 0 to 10</source>
      <translation>Intensidade de 0 a 10</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>It's still going</source>
      <translation>Ainda está acontecendo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Kind: %1</source>
      <translation>Tipo: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Log a spasm</source>
      <translation>Registrar um espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Now</source>
      <translation>Agora</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Other time…</source>
      <translation>Outro horário…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Press "It's over now" when it stops: how long it lasted is counted for you</source>
      <translation>Aperte "Já passou" quando parar: quanto tempo durou é contado para você</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Save</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Save and add details…</source>
      <translation>Salvar e adicionar detalhes…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Start date and time</source>
      <translation>Data e hora do início</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>Started: %1</source>
      <translation>Começou: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>What do these mean?</source>
      <translation>O que significam?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>What kind?</source>
      <translation>Que tipo?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>When did it start?</source>
      <translation>Quando começou?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>barely</source>
      <translation>quase nada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>the kinds of spasm</source>
      <translation>os tipos de espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/quick_log.py" />
      <source>worst</source>
      <translation>o pior</translation>
    </message>
  </context>
  <context>
    <name>RedFlagBanner</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>A spasm you logged as still going has lasted several hours.</source>
      <translation>Um espasmo que você registrou como ainda acontecendo já dura várias horas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Consider talking to your doctor about it.</source>
      <translation>Pense em conversar com seu médico sobre isso.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Frequent night spasms are worth talking over with your doctor; there may be things that help.</source>
      <translation>Espasmos frequentes à noite merecem uma conversa com seu médico; pode haver coisas que ajudem.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>I've read this</source>
      <translation>Já li</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>I've read this note</source>
      <translation>Já li este aviso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>If it has not eased, please contact your doctor. If you feel very unwell, seek urgent care. If it is over, you can note that in the journal.</source>
      <translation>Se não aliviou, entre em contato com seu médico. Se você se sentir muito mal, procure atendimento de urgência. Se já passou, você pode anotar isso no diário.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>If spasms make it hard to move, please talk to your doctor.</source>
      <translation>Se os espasmos dificultam seus movimentos, converse com seu médico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Long spasms are worth mentioning to your doctor.</source>
      <translation>Vale a pena contar ao seu médico sobre espasmos longos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>More notes after this one: %1</source>
      <translation>Mais avisos depois deste: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Moving around has been hard.</source>
      <translation>Tem sido difícil se movimentar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Noticed on %1: %2</source>
      <translation>Percebido em %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Read about the warning signs</source>
      <translation>Ler sobre os sinais de alerta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Signs like these should be looked at by a doctor. If you feel very unwell, seek urgent care.</source>
      <translation>Sinais como estes devem ser vistos por um médico. Se você se sentir muito mal, procure atendimento de urgência.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Some spasms have been lasting a long time.</source>
      <translation>Alguns espasmos têm durado bastante tempo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Something worth talking to your doctor about</source>
      <translation>Algo que vale conversar com seu médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been coming many times a day, on most days of a week.</source>
      <translation>Os espasmos têm vindo muitas vezes por dia, na maioria dos dias de uma semana.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been more frequent or stronger over the last four weeks.</source>
      <translation>Os espasmos ficaram mais frequentes ou mais fortes nas últimas quatro semanas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms have been waking you on most nights of a week.</source>
      <translation>Os espasmos têm acordado você na maioria das noites de uma semana.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>Spasms that keep coming like this are worth talking over with your doctor.</source>
      <translation>Espasmos que continuam vindo assim merecem uma conversa com seu médico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>The journal noticed something worth a look.</source>
      <translation>O diário percebeu algo que vale a pena olhar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>These signs are worth checking with a doctor soon. If they are sudden or severe, seek urgent care.</source>
      <translation>Estes sinais merecem ser vistos por um médico logo. Se forem repentinos ou fortes, procure atendimento de urgência.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>When spasms get worse, it is a good time to talk to your doctor.</source>
      <translation>Quando os espasmos pioram, é um bom momento para conversar com seu médico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>You noted a fever, a racing heart or swelling.</source>
      <translation>Você anotou febre, coração disparado ou inchaço.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>You noted weakness, numbness or loss of balance.</source>
      <translation>Você anotou fraqueza, dormência ou perda de equilíbrio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/banner.py" />
      <source>the warning signs</source>
      <translation>os sinais de alerta</translation>
    </message>
  </context>
  <context>
    <name>RelaxCaptions</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Show &amp;words</source>
      <translation>Mostrar as &amp;palavras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Show the words being spoken under the player</source>
      <translation>Mostrar as palavras faladas embaixo do player</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Shows the words being spoken under the player</source>
      <translation>Mostra as palavras faladas embaixo do player</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>The words of this session could not be read.</source>
      <translation>Não foi possível ler as palavras desta sessão.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/captions_view.py" />
      <source>Your own recordings have no written words.</source>
      <translation>Suas próprias gravações não têm palavras escritas.</translation>
    </message>
  </context>
  <context>
    <name>RelaxExtras</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;Hold</source>
      <translation>Se&amp;gurar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;In</source>
      <translation>&amp;Inspirar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>&amp;Sound</source>
      <translation>&amp;Som</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>About %1 breaths a minute</source>
      <translation>Cerca de %1 respirações por minuto</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>After %n minutes</source>
      <extracomment>A count. English: After %n minute / After %n minutes</extracomment>
      <translation>
        <numerusform>Depois de %n minuto</numerusform>
        <numerusform>Depois de %n minutos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>At the end of the session</source>
      <translation>No fim da sessão</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Background sound</source>
      <translation>Som de fundo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Background volume</source>
      <translation>Volume do som de fundo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathe in (seconds)</source>
      <translation>Inspirar (segundos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathe out (seconds)</source>
      <translation>Expirar (segundos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Breathing pacer</source>
      <translation>Guia de respiração</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Deep hush (brown noise)</source>
      <translation>Silêncio profundo (ruído marrom)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Hold (seconds)</source>
      <translation>Segurar (segundos)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>O&amp;ut</source>
      <translation>&amp;Expirar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Off</source>
      <translation>Desligado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Sleep timer</source>
      <translation>Timer para dormir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Soft rain (pink noise)</source>
      <translation>Chuva suave (ruído rosa)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Sound fades out gently over a minute before it stops.</source>
      <translation>O som diminui devagar durante um minuto antes de parar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Start breathing</source>
      <translation>Começar a respirar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/extras.py" />
      <source>Stop breathing</source>
      <translation>Parar a respiração</translation>
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
      <translation>Adicionar o seu…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Move down</source>
      <translation>Mover para baixo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Move up</source>
      <translation>Mover para cima</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Relaxation sessions</source>
      <translation>Sessões de relaxamento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Remove…</source>
      <translation>Remover…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Rename…</source>
      <translation>Renomear…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Sessions</source>
      <translation>Sessões</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>The spoken sessions are in English for now. You can add recordings in your own language with “Add your own…”, such as a therapist's session or a meditation you like.</source>
      <translation>As sessões faladas estão em inglês por enquanto. Você pode adicionar gravações no seu idioma com “Adicionar o seu…”, como uma sessão do seu terapeuta ou uma meditação de que você gosta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>You can add your own recordings too, such as a therapist's session or a favourite meditation.</source>
      <translation>Você também pode adicionar suas próprias gravações, como uma sessão do seu terapeuta ou uma meditação favorita.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/library_panel.py" />
      <source>Your recordings</source>
      <translation>Suas gravações</translation>
    </message>
  </context>
  <context>
    <name>RelaxOwnAudio</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Add a recording</source>
      <translation>Adicionar uma gravação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Audio files (%1)</source>
      <translation>Arquivos de áudio (%1)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>New name:</source>
      <translation>Novo nome:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Remove recording</source>
      <translation>Remover gravação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Remove “%1” from your library? The copy kept by Fibro Desktop is deleted; your original file is not touched.</source>
      <translation>Remover “%1” da sua biblioteca? A cópia guardada pelo Fibro Desktop é apagada; seu arquivo original não é tocado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>Rename recording</source>
      <translation>Renomear gravação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file can't be added from where it is (a link or an unusual path). Please choose the file itself.</source>
      <translation>Esse arquivo não pode ser adicionado de onde está (um atalho ou um caminho incomum). Escolha o próprio arquivo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file could not be found.</source>
      <translation>Esse arquivo não foi encontrado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file doesn't look like the audio its name says. It may be damaged. Nothing was added.</source>
      <translation>Esse arquivo não parece ser o áudio que o nome diz. Ele pode estar danificado. Nada foi adicionado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file is empty, so it was not added.</source>
      <translation>Esse arquivo está vazio, então não foi adicionado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That file is too large to add (over 1 GB).</source>
      <translation>Esse arquivo é grande demais para adicionar (mais de 1 GB).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>That kind of file can't be added. Please choose an audio file: MP3, M4A/AAC, Ogg, Opus, WAV or FLAC.</source>
      <translation>Esse tipo de arquivo não pode ser adicionado. Escolha um arquivo de áudio: MP3, M4A/AAC, Ogg, Opus, WAV ou FLAC.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/own_audio.py" />
      <source>The file was not added.</source>
      <translation>O arquivo não foi adicionado.</translation>
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
      <translation>Inspire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathe out</source>
      <translation>Expire</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Breathing pacer</source>
      <translation>Guia de respiração</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Hold gently</source>
      <translation>Segure com calma</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Press Start to breathe along.</source>
      <translation>Aperte Começar a respirar para acompanhar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/pacer.py" />
      <source>Rest</source>
      <translation>Descanse</translation>
    </message>
  </context>
  <context>
    <name>RelaxPage</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>A name needs between 1 and 200 characters.</source>
      <translation>Um nome precisa ter de 1 a 200 caracteres.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Ask how tense I feel before and after a session</source>
      <translation>Perguntar quão tenso estou antes e depois de uma sessão</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Fading out gently… silence in %1.</source>
      <translation>Diminuindo devagar… silêncio em %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>How calming helps with spasms</source>
      <translation>Como se acalmar ajuda com os espasmos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>No sound output</source>
      <translation>Sem saída de som</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>No sound output was found, so sessions can't be heard right now. Connect speakers or headphones, then press Play again. The breathing pacer works without sound.</source>
      <translation>Nenhuma saída de som foi encontrada, então as sessões não podem ser ouvidas agora. Conecte alto-falantes ou fones de ouvido e aperte Tocar de novo. O guia de respiração funciona sem som.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Off.</source>
      <translation>Desligado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Relax</source>
      <translation>Relaxar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Sound status</source>
      <translation>Situação do som</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>Sound stops in %1, after a gentle fade.</source>
      <translation>O som para em %1, diminuindo devagar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>The file could not be copied. Is the disk full?</source>
      <translation>Não foi possível copiar o arquivo. O disco está cheio?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>The sleep timer stopped the sound. Rest well.</source>
      <translation>O timer para dormir parou o som. Descanse bem.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>This recording could not be played. The file may be damaged, or this computer may not play its format. Everything else keeps working.</source>
      <translation>Esta gravação não pôde ser tocada. O arquivo pode estar danificado, ou este computador pode não tocar esse formato. Todo o resto continua funcionando.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>calming the body</source>
      <translation>acalmar o corpo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>“%1” was added to your library.</source>
      <translation>“%1” foi adicionado à sua biblioteca.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/page.py" />
      <source>“%1” was removed.</source>
      <translation>“%1” foi removido.</translation>
    </message>
  </context>
  <context>
    <name>RelaxTab</name>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relax</source>
      <translation>Relaxar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relaxation audio and breathing</source>
      <translation>Áudios de relaxamento e respiração</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/relax.py" />
      <source>Relaxation: play or pause</source>
      <translation>Relaxamento: tocar ou pausar</translation>
    </message>
  </context>
  <context>
    <name>RelaxTension</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>0 means relaxed, 10 very tense. One tap is enough.</source>
      <translation>0 quer dizer relaxado, 10 muito tenso. Um toque basta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Before you start: how tense do your muscles feel right now?</source>
      <translation>Antes de começar: quão tensos seus músculos estão agora?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>How tense do your muscles feel now?</source>
      <translation>Quão tensos seus músculos estão agora?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Skip</source>
      <translation>Pular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Skip the rating</source>
      <translation>Pular a nota</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/tension.py" />
      <source>Tension %1 of 10</source>
      <translation>Tensão %1 de 10</translation>
    </message>
  </context>
  <context>
    <name>RelaxTransport</name>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>%1 left</source>
      <translation>faltam %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>&amp;Volume</source>
      <translation>&amp;Volume</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 s</source>
      <translation>Voltar 15 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 seconds</source>
      <translation>Voltar 15 segundos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Back 15 seconds (Ctrl+Left)</source>
      <translation>Voltar 15 segundos (Ctrl+Seta para a esquerda)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Choose a session to begin.</source>
      <translation>Escolha uma sessão para começar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Continuing where you left off (%1).</source>
      <translation>Continuando de onde você parou (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 s</source>
      <translation>Avançar 15 s</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 seconds</source>
      <translation>Avançar 15 segundos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Forward 15 seconds (Ctrl+Right)</source>
      <translation>Avançar 15 segundos (Ctrl+Seta para a direita)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Pause</source>
      <translation>Pausar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Play</source>
      <translation>Tocar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Play or pause (Ctrl+Space)</source>
      <translation>Tocar ou pausar (Ctrl+Espaço)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Position in the session</source>
      <translation>Posição na sessão</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Start over</source>
      <translation>Recomeçar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Start the session over</source>
      <translation>Recomeçar a sessão</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Time played</source>
      <translation>Tempo tocado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/relax/transport.py" />
      <source>Time remaining</source>
      <translation>Tempo restante</translation>
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
      <translation>(um aviso discreto do ícone na bandeja)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Evening check-in reminder</source>
      <translation>Lembrete do check-in à noite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Remind me to check in each evening at</source>
      <translation>Lembrar de fazer o check-in toda noite às</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/reminder_settings.py" />
      <source>Reminder time</source>
      <translation>Horário do lembrete</translation>
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
      <translation>Teclas: 0 a 9; 1 e depois 0 para 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/scale_picker.py" />
      <source>Not answered</source>
      <translation>Sem resposta</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>%1 (%2 %)</source>
      <translation>%1 (%2%)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Colours:</source>
      <translation>&amp;Cores:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation>&amp;Manter aberto na bandeja quando a janela for fechada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Language:</source>
      <translation>I&amp;dioma:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Reduce motion (no animations)</source>
      <translation>&amp;Reduzir movimento (sem animações)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Start Fibro Desktop when I log in (quietly, in the tray)</source>
      <translation>&amp;Iniciar o Fibro Desktop quando eu entrar (discretamente, na bandeja)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Text size:</source>
      <translation>&amp;Tamanho do texto:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>&amp;Use a keyboard shortcut that works in every program</source>
      <translation>&amp;Usar um atalho de teclado que funcione em qualquer programa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>A new language applies when you next open Fibro Desktop.</source>
      <translation>Um novo idioma vale a partir da próxima vez que você abrir o Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Appearance</source>
      <translation>Aparência</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Choose a letter, a digit or F1–F12 with two of Ctrl, Alt and Shift (for example Ctrl+Alt+L), so it is not pressed by accident.</source>
      <translation>Escolha uma letra, um número ou F1–F12 com duas destas teclas: Ctrl, Alt e Shift (por exemplo Ctrl+Alt+L), para não ser apertado sem querer.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Dark</source>
      <translation>Escuro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Extra large</source>
      <translation>Extra grande</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Follow the system</source>
      <translation>Seguir o sistema</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>General</source>
      <translation>Geral</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Large</source>
      <translation>Grande</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Larger</source>
      <translation>Maior</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Largest</source>
      <translation>O maior</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Log a spasm from any program</source>
      <translation>Registrar um espasmo de qualquer programa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>S&amp;hortcut:</source>
      <translation>Ata&amp;lho:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Settings</source>
      <translation>Configurações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Shortcut keys for logging a spasm</source>
      <translation>Teclas de atalho para registrar um espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Starting at login could not be changed: the settings folder of your account cannot be written to. Everything else was saved.</source>
      <translation>Não foi possível mudar o início ao entrar: a pasta de configurações da sua conta não permite gravação. Todo o resto foi salvo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>The break timer is then running from the start of your day. Where there is no tray, the window starts minimised.</source>
      <translation>Assim, o marcador de pausas funciona desde o começo do seu dia. Onde não há bandeja, a janela começa minimizada.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/settings_dialog.py" />
      <source>Very large</source>
      <translation>Muito grande</translation>
    </message>
  </context>
  <context>
    <name>StrictOverlay</name>
    <message>
      <location filename="../../fibro_desktop/ui/pacing/overlay.py" />
      <source>%1 left</source>
      <translation>faltam %1</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/timeline.py" />
      <source>Episodes, newest first</source>
      <translation>Episódios, os mais recentes primeiro</translation>
    </message>
  </context>
  <context>
    <name>Toolkit</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>%1  ·  %2 a day</source>
      <translation>%1  ·  %2 por dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>%1 (%2 left)</source>
      <translation>%1 (restam %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>%1 left</source>
      <translation>restam %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>%1 of %2 done today</source>
      <translation>%1 de %2 feitos hoje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>%1 of %2 done yesterday</source>
      <translation>%1 de %2 feitos ontem</translation>
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
        <numerusform>%n item acabando</numerusform>
        <numerusform>%n itens acabando</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Add</source>
      <translation>&amp;Adicionar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>&amp;Add as new</source>
      <translation>&amp;Adicionar como novo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Close</source>
      <translation>&amp;Fechar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Delete</source>
      <translation>E&amp;xcluir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Delete contact</source>
      <translation>&amp;Excluir contato</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Delete step</source>
      <translation>&amp;Excluir passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>&amp;Edit…</source>
      <translation>&amp;Editar…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Email</source>
      <translation>E-&amp;mail</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;How many left</source>
      <translation>&amp;Quantos restam</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;How to</source>
      <translation>Co&amp;mo fazer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;Kept where</source>
      <translation>&amp;Onde fica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Log this spasm</source>
      <translation>&amp;Registrar este espasmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Name</source>
      <translation>&amp;Nome</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Next step →</source>
      <translation>&amp;Próximo passo →</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Open the plan</source>
      <translation>&amp;Abrir o plano</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Phone</source>
      <translation>&amp;Telefone</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>&amp;Play release audio</source>
      <translation>Tocar á&amp;udio para relaxar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>&amp;Remove from the list</source>
      <translation>&amp;Remover da lista</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>&amp;Restock below</source>
      <translation>&amp;Repor abaixo de</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Role</source>
      <translation>&amp;Função</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>&amp;Save changes</source>
      <translation>&amp;Salvar alterações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>&amp;Save contact</source>
      <translation>&amp;Salvar contato</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>&amp;Today</source>
      <translation>&amp;Hoje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>&amp;Yesterday</source>
      <translation>&amp;Ontem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>A note about magnesium and electrolytes</source>
      <translation>Um aviso sobre magnésio e eletrólitos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>A soft sound when the heat time is up</source>
      <translation>Um som suave quando o tempo de calor acabar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>A spasm is starting</source>
      <translation>Um espasmo está começando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>A spasm is starting: open my rescue plan</source>
      <translation>Um espasmo está começando: abrir meu plano de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>A target of 1 is a simple tick; more shows a counter, e.g. 8 glasses of water.</source>
      <translation>Uma meta de 1 é um simples visto; mais que isso mostra um contador, por exemplo 8 copos de água.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Add an item, e.g. a tennis ball</source>
      <translation>Adicione um item, por exemplo uma bola de tênis</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Add as &amp;new step</source>
      <translation>Adicionar como &amp;novo passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Add kit item</source>
      <translation>Adicionar item ao kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Add rescue step</source>
      <translation>Adicionar passo de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Add routine item</source>
      <translation>Adicionar item à rotina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Add the steps that help you under “My rescue plan” in the Toolkit tab.</source>
      <translation>Adicione os passos que ajudam você em “Meu plano de socorro”, na aba Ferramentas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Any one of these is a good start.</source>
      <translation>Qualquer um destes já é um bom começo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Ar&amp;chive</source>
      <translation>Ar&amp;quivar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Archive kit item</source>
      <translation>Arquivar item do kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Breathe out slowly. Take one step at a time; skip any that do not suit you.</source>
      <translation>Solte o ar devagar. Um passo de cada vez; pule os que não servem para você.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Bring &amp;back</source>
      <translation>Tra&amp;zer de volta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Care team</source>
      <translation>Equipe de saúde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Care team contacts</source>
      <translation>Contatos da equipe de saúde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Choose someone to change their details, or fill in the form and press Save to add a new person. Their numbers show in your rescue plan.</source>
      <translation>Escolha alguém para mudar os dados, ou preencha o formulário e aperte Salvar para adicionar uma nova pessoa. Os números aparecem no seu plano de socorro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>Count: %1</source>
      <translation>Contagem: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Daily &amp;target</source>
      <translation>Meta &amp;diária</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Daily prevention routine</source>
      <translation>Rotina diária de prevenção</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Delete kit item</source>
      <translation>Excluir item do kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Delete the selected step</source>
      <translation>Excluir o passo selecionado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>Edit kit item</source>
      <translation>Editar item do kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Edit the &amp;list…</source>
      <translation>Editar a &amp;lista…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Edit the daily routine</source>
      <translation>Editar a rotina diária</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Edit the routine list</source>
      <translation>Editar a lista da rotina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Every small step counts; the rest can wait.</source>
      <translation>Cada pequeno passo conta; o resto pode esperar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Everything on the list is done. Well looked after.</source>
      <translation>Tudo da lista está feito. Você se cuidou bem.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>From your rescue plan.</source>
      <translation>Do seu plano de socorro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Heat on: %1 left</source>
      <translation>Calor ligado: restam %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Heat timer</source>
      <translation>Timer de calor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>How to do this step</source>
      <translation>Como fazer este passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>I &amp;tried this</source>
      <translation>&amp;Tentei isto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>I tried this step</source>
      <translation>Tentei este passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>If a spasm comes with weakness, numbness, loss of balance, fever, a racing heart or swelling, or will not ease, please talk to a doctor.</source>
      <translation>Se um espasmo vier com fraqueza, dormência, perda de equilíbrio, febre, coração disparado ou inchaço, ou se não aliviar, converse com um médico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Kit and routine</source>
      <translation>Kit e rotina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>Kit item</source>
      <translation>Item do kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Kit ready today: %1 of %2  ·  Routine today: %3 of %4</source>
      <translation>Kit pronto hoje: %1 de %2  ·  Rotina hoje: %3 de %4</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Log this spasm with the steps I tried</source>
      <translation>Registrar este espasmo com os passos que tentei</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Magnesium and electrolyte products: if you have kidney or heart conditions or take other medicines, check with your doctor or pharmacist first.</source>
      <translation>Produtos de magnésio e eletrólitos: se você tem problemas nos rins ou no coração, ou toma outros remédios, converse antes com seu médico ou farmacêutico.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Message</source>
      <translation>Mensagem</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move &amp;up</source>
      <translation>Mover para &amp;cima</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move do&amp;wn</source>
      <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move kit item down</source>
      <translation>Mover item do kit para baixo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Move kit item up</source>
      <translation>Mover item do kit para cima</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Move routine item down</source>
      <translation>Mover item da rotina para baixo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Move routine item up</source>
      <translation>Mover item da rotina para cima</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Move step down</source>
      <translation>Mover passo para baixo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Move step up</source>
      <translation>Mover passo para cima</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>My care team</source>
      <translation>Minha equipe de saúde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>My rescue kit</source>
      <translation>Meu kit de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>My rescue plan</source>
      <translation>Meu plano de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>N&amp;ote</source>
      <translation>Ano&amp;tação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>N&amp;otes</source>
      <translation>&amp;Anotações</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Ne&amp;w contact</source>
      <translation>No&amp;vo contato</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>New kit item name</source>
      <translation>Nome do novo item do kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Next step</source>
      <translation>Próximo passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>No contacts yet. Adding them is optional; they stay on this computer. Fill in the form below and press Save contact.</source>
      <translation>Nenhum contato ainda. Adicionar é opcional; eles ficam neste computador. Preencha o formulário abaixo e aperte Salvar contato.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>No steps yet</source>
      <translation>Nenhum passo ainda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>One less: %1</source>
      <translation>Um a menos: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>One line, in your own words</source>
      <translation>Uma linha, com suas palavras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_row.py" />
      <source>One more: %1</source>
      <translation>Um a mais: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Open my rescue plan</source>
      <translation>Abrir meu plano de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Open the rescue plan</source>
      <translation>Abrir o plano de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Opens your plan, one calm step at a time.</source>
      <translation>Abre seu plano, um passo calmo de cada vez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Play a soft sound when the heat timer ends</source>
      <translation>Tocar um som suave quando o timer de calor acabar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please check this field.</source>
      <translation>Confira este campo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please choose a role.</source>
      <translation>Escolha uma função, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please give it a name.</source>
      <translation>Dê um nome, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please use a whole number, 0 or more.</source>
      <translation>Use um número inteiro, 0 ou mais.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>Please use a whole number, like 3.</source>
      <translation>Use um número inteiro, como 3.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Previous step</source>
      <translation>Passo anterior</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Read about the warning signs</source>
      <translation>Ler sobre os sinais de alerta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Remind me (at most once a day) when something runs low</source>
      <translation>Me avisar (no máximo uma vez por dia) quando algo estiver acabando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Remove the selected routine item</source>
      <translation>Remover o item selecionado da rotina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Rescue kit items</source>
      <translation>Itens do kit de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Rescue plan</source>
      <translation>Plano de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Rescue plan steps</source>
      <translation>Passos do plano de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Restock reminder</source>
      <translation>Aviso para repor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Routine items</source>
      <translation>Itens da rotina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Routine progress</source>
      <translation>Progresso da rotina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Acabando: %1. Vale repor quando puder.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>Save changes to the selected routine item</source>
      <translation>Salvar alterações no item selecionado da rotina</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Save changes to the selected step</source>
      <translation>Salvar alterações no passo selecionado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Saved as tried: %1.</source>
      <translation>Salvo como tentado: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Show archived items</source>
      <translation>Mostrar itens arquivados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Show today's routine</source>
      <translation>Mostrar a rotina de hoje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Show yesterday's routine to fill it in</source>
      <translation>Mostrar a rotina de ontem para preencher</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Start a 15-minute &amp;heat timer</source>
      <translation>Iniciar um timer de &amp;calor de 15 minutos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step</source>
      <translation>Passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step %1 of %2</source>
      <translation>Passo %1 de %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>Step &amp;title</source>
      <translation>&amp;Título do passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Step number</source>
      <translation>Número do passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Stop the &amp;heat timer</source>
      <translation>Parar o timer de &amp;calor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>That is a little long; please keep it under %1 characters.</source>
      <translation>Está um pouco longo; use menos de %1 caracteres, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>That number is larger than we can keep; please use a smaller one.</source>
      <translation>Esse número é maior do que conseguimos guardar; use um menor, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>That was the last step</source>
      <translation>Esse foi o último passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>The steps you go through when a spasm starts, in the order that suits you. Drag them, or use Alt+Up and Alt+Down.</source>
      <translation>Os passos que você segue quando um espasmo começa, na ordem que for melhor para você. Arraste-os, ou use Alt+Seta para cima e Alt+Seta para baixo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>Therapists who can help</source>
      <translation>Terapeutas que podem ajudar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/texts.py" />
      <source>This does not look like an email address.</source>
      <translation>Isso não parece um endereço de e-mail.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Tick what is ready or with you today. The ticks start fresh each morning.</source>
      <translation>Marque o que está pronto ou com você hoje. As marcações recomeçam toda manhã.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Tick what you have with you today. Alt+Up and Alt+Down move an item.</source>
      <translation>Marque o que você tem com você hoje. Alt+Seta para cima e Alt+Seta para baixo movem um item.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/launcher.py" />
      <source>Time to take the heat off. A light stretch now, if it feels right.</source>
      <translation>Hora de tirar o calor. Um alongamento leve agora, se parecer bom.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Today at a glance</source>
      <translation>Hoje em resumo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Toolkit</source>
      <translation>Ferramentas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/page.py" />
      <source>Toolkit sections</source>
      <translation>Seções das ferramentas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Tried from my rescue plan: %1.</source>
      <translation>Tentado do meu plano de socorro: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" />
      <source>Undo</source>
      <translation>Desfazer</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/undo_bar.py" />
      <source>Undo the delete</source>
      <translation>Desfazer a exclusão</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>What goes in a rescue kit</source>
      <translation>O que vai em um kit de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>What helps when a spasm starts</source>
      <translation>O que ajuda quando um espasmo começa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>Why this helps</source>
      <translation>Por que isto ajuda</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>You already have an item with this name.</source>
      <translation>Você já tem um item com esse nome.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>You already have an item with this name; that is fine if you mean it.</source>
      <translation>Você já tem um item com esse nome; tudo bem, se for isso mesmo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>You can keep your care team's numbers in the Toolkit tab.</source>
      <translation>Você pode guardar os números da sua equipe de saúde na aba Ferramentas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>Your kit is empty. Type the name of something that helps you when a spasm starts, then press Add.</source>
      <translation>Seu kit está vazio. Digite o nome de algo que ajuda você quando um espasmo começa e aperte Adicionar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_panel.py" />
      <source>Your routine is empty. Add a few small habits that help you.</source>
      <translation>Sua rotina está vazia. Adicione alguns pequenos hábitos que ajudam você.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>a rescue kit</source>
      <translation>um kit de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>archived</source>
      <translation>arquivado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>e.g. work bag, desk drawer</source>
      <translation>por exemplo bolsa do trabalho, gaveta da mesa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>kept: %1</source>
      <translation>fica em: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>leave empty if you do not count it</source>
      <translation>deixe em branco se você não conta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_editor.py" />
      <source>remind me when fewer than this are left</source>
      <translation>me avisar quando restarem menos do que isto</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/kit_panel.py" />
      <source>running low</source>
      <translation>acabando</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>the warning signs</source>
      <translation>os sinais de alerta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>therapists who can help</source>
      <translation>terapeutas que podem ajudar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>this step</source>
      <translation>este passo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/plan_panel.py" />
      <source>what helps when a spasm starts</source>
      <translation>o que ajuda quando um espasmo começa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/care_panel.py" />
      <source>“%1” was deleted.</source>
      <translation>“%1” foi excluído.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/routine_editor.py" />
      <source>“%1” was taken off the list.</source>
      <translation>“%1” saiu da lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>← &amp;Back</source>
      <translation>← &amp;Voltar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/rescue_dialog.py" />
      <source>✓ Tried</source>
      <translation>✓ Tentado</translation>
    </message>
  </context>
  <context>
    <name>ToolkitDefaults</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>A breathing or relaxation session</source>
      <translation>Uma sessão de respiração ou relaxamento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>A few sachets for the day</source>
      <translation>Alguns sachês para o dia</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>At my desk</source>
      <translation>Na minha mesa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Breathe out slowly, longer than you breathe in, or play the release audio.</source>
      <translation>Solte o ar devagar, por mais tempo do que puxa, ou toque o áudio para relaxar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Changes of position</source>
      <translation>Mudanças de posição</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Drink some water</source>
      <translation>Beba um pouco de água</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Electrolytes or magnesium-rich food</source>
      <translation>Eletrólitos ou alimentos ricos em magnésio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Evening stretch</source>
      <translation>Alongamento da noite</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Followed my pacing plan</source>
      <translation>Segui meu plano de ritmo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Glasses of water</source>
      <translation>Copos de água</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Heating pad</source>
      <translation>Bolsa térmica</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>If it is in your kit, rub a little magnesium lotion or spray into the area.</source>
      <translation>Se estiver no seu kit, passe um pouco de loção ou spray de magnésio no local.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Magnesium on the skin</source>
      <translation>Magnésio na pele</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Morning stretch</source>
      <translation>Alongamento da manhã</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Move gently</source>
      <translation>Mexa-se com suavidade</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>On my wrist or phone</source>
      <translation>No pulso ou no celular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>On this computer and my phone</source>
      <translation>Neste computador e no meu celular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Pill case for supplements and medication</source>
      <translation>Porta-comprimidos para suplementos e remédios</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Press or massage the knot</source>
      <translation>Aperte ou massageie o nó</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Press the sore spot with your fingers or a ball and hold, or rub in slow circles.</source>
      <translation>Aperte o ponto dolorido com os dedos ou com uma bola e segure, ou esfregue em círculos lentos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Put heat on the muscle for about 15 minutes, then stretch it softly, only as far as it feels kind.</source>
      <translation>Coloque calor no músculo por uns 15 minutos, depois alongue com suavidade, só até onde for confortável.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Sip a glass of water, or your electrolyte mix if you carry one.</source>
      <translation>Tome um copo de água aos goles, ou sua mistura de eletrólitos se levar uma.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Slow breathing</source>
      <translation>Respiração lenta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Slowly move the tight part through an easy, small range, a few times, without forcing it.</source>
      <translation>Mova devagar a parte tensa em um movimento fácil e pequeno, algumas vezes, sem forçar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Stress-relief reminders or wearable</source>
      <translation>Lembretes ou pulseira para aliviar o estresse</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Travel magnesium or electrolyte mix</source>
      <translation>Magnésio ou mistura de eletrólitos para levar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warm-up and relaxation audio</source>
      <translation>Áudios de aquecimento e relaxamento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warmth (heat pad, warm bath or wrap)</source>
      <translation>Calor (bolsa térmica, banho morno ou compressa)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Warmth, then a light stretch</source>
      <translation>Calor, depois um alongamento leve</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Work bag</source>
      <translation>Bolsa do trabalho</translation>
    </message>
  </context>
  <context>
    <name>ToolkitRoles</name>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Biofeedback practitioner</source>
      <translation>Profissional de biofeedback</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Doctor</source>
      <translation>Médico</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Massage or myofascial therapist</source>
      <translation>Massoterapeuta ou terapeuta miofascial</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Occupational therapist</source>
      <translation>Terapeuta ocupacional</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/toolkit/default_texts.py" />
      <source>Other</source>
      <translation>Outro</translation>
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
      <translation>Um espasmo está c&amp;omeçando…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Open my rescue plan</source>
      <translation>Abrir meu plano de socorro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Open the kit</source>
      <translation>Abrir o kit</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Rescue kit, routine and plan</source>
      <translation>Kit de socorro, rotina e plano</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Running low: %1. Worth restocking when you can.</source>
      <translation>Acabando: %1. Vale repor quando puder.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Toolkit</source>
      <translation>Ferramentas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/wiring/toolkit.py" />
      <source>Your rescue kit</source>
      <translation>Seu kit de socorro</translation>
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
      <translation>Adicionar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Add a trigger of your own</source>
      <translation>Adicionar um gatilho seu</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Add this trigger</source>
      <translation>Adicionar este gatilho</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Something else, in your words</source>
      <translation>Outra coisa, com suas palavras</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/trigger_toggles.py" />
      <source>Tap to mark it, tap again to unmark</source>
      <translation>Toque para marcar, toque de novo para desmarcar</translation>
    </message>
  </context>
  <context>
    <name>WarningSignsRow</name>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Anything else to note: show the warning signs</source>
      <translation>Mais alguma coisa para anotar: mostrar os sinais de alerta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Anything else? Weakness, numbness, fever…</source>
      <translation>Mais alguma coisa? Fraqueza, dormência, febre…</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/warning_row.py" />
      <source>Thank you for noting this. Signs like these are worth checking with a doctor; if they are sudden or severe, seek urgent care.</source>
      <translation>Obrigado por anotar isso. Sinais como estes merecem ser vistos por um médico; se forem repentinos ou fortes, procure atendimento de urgência.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Everything stays on this computer. The app never connects to the internet, has no account and sends nothing anywhere.</source>
      <translation>Tudo fica neste computador. O app nunca se conecta à internet, não tem conta e não envia nada para lugar nenhum.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Get started</source>
      <translation>Começar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Log a spasm in a few seconds, even in the middle of one, and add details later. Pace your desk work with gentle breaks, listen to calming sessions, keep your rescue kit and routine at hand, and see over time what seems to help.</source>
      <translation>Registre um espasmo em poucos segundos, mesmo no meio de um, e adicione detalhes depois. Dose o ritmo do trabalho no computador com pausas suaves, ouça sessões que acalmam, tenha à mão seu kit de socorro e sua rotina, e veja com o tempo o que parece ajudar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Read the warning signs</source>
      <translation>Ler os sinais de alerta</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Short guides in plain words, about why spasms happen and what helps, are in Help → Learn.</source>
      <translation>Guias curtos em palavras simples, sobre por que os espasmos acontecem e o que ajuda, estão em Ajuda → Aprender.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Welcome to Fibro Desktop</source>
      <translation>Boas-vindas ao Fibro Desktop</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>Welcome. This app is here to make hard days a little easier.</source>
      <translation>Boas-vindas. Este app está aqui para deixar os dias difíceis um pouco mais leves.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/dialogs.py" />
      <source>When to see a doctor</source>
      <translation>Quando procurar um médico</translation>
    </message>
  </context>
  <context>
    <name>WriteErrors</name>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Something could not be saved because the disk is full. Please free some space (empty the trash, remove large files); what you save afterwards is kept.</source>
      <translation>Algo não pôde ser salvo porque o disco está cheio. Libere um pouco de espaço (esvazie a lixeira, remova arquivos grandes); o que você salvar depois fica guardado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Something could not be saved because your data folder cannot be written to.</source>
      <translation>Algo não pôde ser salvo porque não é possível gravar na sua pasta de dados.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made (%1). Your data itself is safe. Press “Back up now” to try again; if it fails again, the details are in the log (Help, About).</source>
      <translation>A cópia de segurança automática não pôde ser feita (%1). Seus dados em si estão seguros. Aperte “Fazer cópia agora” para tentar de novo; se falhar de novo, os detalhes estão no registro (log) (Ajuda, Sobre).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made: the backup folder cannot be written to. Your data itself is safe. Please check the folder in Backups and restore, then press “Back up now”.</source>
      <translation>A cópia de segurança automática não pôde ser feita: não é possível gravar na pasta das cópias. Seus dados em si estão seguros. Confira a pasta em Cópias de segurança e restauração e depois aperte “Fazer cópia agora”.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The automatic backup could not be made: the disk is full. Your data itself is safe. Please free some space (empty the trash, remove large files), then press “Back up now”.</source>
      <translation>A cópia de segurança automática não pôde ser feita: o disco está cheio. Seus dados em si estão seguros. Libere um pouco de espaço (esvazie a lixeira, remova arquivos grandes) e depois aperte “Fazer cópia agora”.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup could not be made: its folder cannot be written to.</source>
      <translation>A cópia de segurança não pôde ser feita: não é possível gravar na pasta dela.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup could not be made: the disk is full. Please free some space, then make a backup again (File, Backups and restore).</source>
      <translation>A cópia de segurança não pôde ser feita: o disco está cheio. Libere um pouco de espaço e depois faça a cópia de novo (Arquivo, Cópias de segurança e restauração).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The backup was made, but its copy to your second folder failed (%1). Please check that the drive is connected, then press “Back up now”.</source>
      <translation>A cópia de segurança foi feita, mas a cópia para a sua segunda pasta falhou (%1). Confira se a unidade está conectada e depois aperte “Fazer cópia agora”.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The disk is full; please free some space and try again.</source>
      <translation>O disco está cheio; libere um pouco de espaço e tente de novo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The file could not be written there: that folder cannot be written to. Please choose another folder.</source>
      <translation>O arquivo não pôde ser gravado ali: não é possível gravar nessa pasta. Escolha outra pasta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>The file could not be written: the disk is full. Please free some space, or choose another drive, and try again.</source>
      <translation>O arquivo não pôde ser gravado: o disco está cheio. Libere um pouco de espaço, ou escolha outra unidade, e tente de novo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved yet: %1 What you entered is still here. Please press Save again in a moment.</source>
      <translation>Isto ainda não pôde ser salvo: %1 O que você digitou continua aqui. Aperte Salvar de novo daqui a pouco.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved: the disk is full. What you entered is still here. Please free some space (empty the trash, remove large files), then press Save again.</source>
      <translation>Isto não pôde ser salvo: o disco está cheio. O que você digitou continua aqui. Libere um pouco de espaço (esvazie a lixeira, remova arquivos grandes) e depois aperte Salvar de novo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>This could not be saved: your data folder cannot be written to. What you entered is still here.</source>
      <translation>Isto não pôde ser salvo: não é possível gravar na sua pasta de dados. O que você digitou continua aqui.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/write_errors.py" />
      <source>Your data folder cannot be written to.</source>
      <translation>Não é possível gravar na sua pasta de dados.</translation>
    </message>
  </context>
  <context>
    <name>backups</name>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>%1 is not one of your backups, so it was not removed.</source>
      <translation>%1 não é uma das suas cópias de segurança, então não foi removida.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Restoring failed: %1. Your previous data is kept at %2.</source>
      <translation>A restauração falhou: %1. Seus dados anteriores continuam guardados em %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup %1 could not be removed: %2.</source>
      <translation>Não foi possível remover a cópia de segurança %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup copy failed its check: %1.</source>
      <translation>A cópia de segurança não passou na verificação: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The backup could not be written to %1: %2.</source>
      <translation>Não foi possível gravar a cópia de segurança em %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The copy to %1 failed: %2.</source>
      <translation>A cópia para %1 falhou: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>The data file %1 is empty; there is nothing to back up.</source>
      <translation>O arquivo de dados %1 está vazio; não há nada para copiar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>There is no data file at %1 to back up.</source>
      <translation>Não há arquivo de dados em %1 para copiar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup cannot be restored. %1</source>
      <translation>Esta cópia de segurança não pode ser restaurada. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup was made while your data was not protected with a passphrase, and your data is not like that now. To restore it, first remove the protection (File menu), then restore it. Nothing was changed.</source>
      <translation>Esta cópia de segurança foi feita quando seus dados não estavam protegidos por senha, e agora não é mais assim. Para restaurá-la, primeiro remova a proteção (menu Arquivo) e depois restaure. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>This backup was made while your data was protected with a passphrase, and your data is not like that now. To restore it, first protect your data with the same passphrase (File menu), then restore it. Nothing was changed.</source>
      <translation>Esta cópia de segurança foi feita quando seus dados estavam protegidos por senha, e agora não é mais assim. Para restaurá-la, primeiro proteja seus dados com a mesma senha (menu Arquivo) e depois restaure. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Your current data is protected with a passphrase that is not known here; open it with its passphrase first. Nothing was changed.</source>
      <translation>Seus dados atuais estão protegidos por uma senha que não é conhecida aqui; abra-os primeiro com a senha deles. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/backup.py" />
      <source>Your recordings could not be copied into %1: %2.</source>
      <translation>Não foi possível copiar suas gravações para %1: %2.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 already exists. Nothing was written. Choose another name, or add --force to replace it.</source>
      <translation>%1 já existe. Nada foi gravado. Escolha outro nome, ou acrescente --force para substituir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 is inside the data folder (%2), where your data and its backups live. Nothing was written. Choose a place outside that folder.</source>
      <translation>%1 fica dentro da pasta de dados (%2), onde ficam seus dados e as cópias de segurança. Nada foi gravado. Escolha um lugar fora dessa pasta.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>%1 is not a date like 2026-03-31</source>
      <translation>%1 não é uma data como 2026-03-31</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1 is not a date like 2026-11-24</source>
      <translation>%1 não é uma data como 2026-11-24</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%1: %n rows</source>
      <extracomment>A count. English: %1: %n row / %1: %n rows</extracomment>
      <translation>
        <numerusform>%1: %n linha</numerusform>
        <numerusform>%1: %n linhas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n check-ins</source>
      <extracomment>A count. English: %n check-in / %n check-ins</extracomment>
      <translation>
        <numerusform>%n check-in</numerusform>
        <numerusform>%n check-ins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n episodes</source>
      <extracomment>A count. English: %n episode / %n episodes</extracomment>
      <translation>
        <numerusform>%n episódio</numerusform>
        <numerusform>%n episódios</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n recordings came without their sound file: they were not exported with --with-audio, or the -audio.zip is not beside the export.</source>
      <extracomment>A count. English: %n recording came without its sound file: it was not exported with --with-audio, or the -audio.zip is not beside the export. / %n recordings came without their sound file: they were not exported with --with-audio, or the -audio.zip is not beside the export.</extracomment>
      <translation>
        <numerusform>%n gravação veio sem o arquivo de som: ela não foi exportada com --with-audio, ou o -audio.zip não está ao lado da exportação.</numerusform>
        <numerusform>%n gravações vieram sem o arquivo de som: elas não foram exportadas com --with-audio, ou o -audio.zip não está ao lado da exportação.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>%n recordings were not in your audio folder and are not included.</source>
      <extracomment>A count. English: %n recording was not in your audio folder and is not included. / %n recordings were not in your audio folder and are not included.</extracomment>
      <translation>
        <numerusform>%n gravação não estava na sua pasta de áudio e não foi incluída.</numerusform>
        <numerusform>%n gravações não estavam na sua pasta de áudio e não foram incluídas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>--from must not be after --to.</source>
      <translation>--from não pode ser depois de --to.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>--with-audio works with --format json only.</source>
      <translation>--with-audio só funciona com --format json.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Backup written and checked: %1</source>
      <translation>Cópia de segurança gravada e conferida: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Brought back %n recordings into your audio folder.</source>
      <extracomment>A count. English: Brought back %n recording into your audio folder. / Brought back %n recordings into your audio folder.</extracomment>
      <translation>
        <numerusform>%n gravação foi trazida de volta para a sua pasta de áudio.</numerusform>
        <numerusform>%n gravações foram trazidas de volta para a sua pasta de áudio.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Copy: %1</source>
      <translation>Cópia: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Could not read table %1: %2</source>
      <translation>Não foi possível ler a tabela %1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Exported %n rows from %1 tables to %2.</source>
      <extracomment>A count. English: Exported %n row from %1 tables to %2. / Exported %n rows from %1 tables to %2.</extracomment>
      <translation>
        <numerusform>%n linha exportada de %1 tabelas para %2.</numerusform>
        <numerusform>%n linhas exportadas de %1 tabelas para %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>Fibro Desktop is open on this data folder (%1). Nothing was changed. Quit the app (also from the tray icon) and try again, or use the same action from the app's menu.</source>
      <translation>O Fibro Desktop está aberto com esta pasta de dados (%1). Nada foi alterado. Feche o app (também pelo ícone da bandeja) e tente de novo, ou use a mesma ação no menu do app.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>Fibro Desktop: a private, offline companion for muscle spasms in fibromyalgia.</source>
      <translation>Fibro Desktop: um companheiro particular e offline para espasmos musculares na fibromialgia.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>Give it with --passphrase-file PATH or the %1 environment variable.</source>
      <translation>Informe-a com --passphrase-file PATH ou com a variável de ambiente %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Give the passphrase with --passphrase-file PATH or FIBRO_DESKTOP_PASSPHRASE.</source>
      <translation>Informe a senha com --passphrase-file PATH ou FIBRO_DESKTOP_PASSPHRASE.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Imported %n new rows; %1 were already there.</source>
      <extracomment>A count. English: Imported %n new row; %1 were already there. / Imported %n new rows; %1 were already there.</extracomment>
      <translation>
        <numerusform>%n linha nova importada; %1 já estavam lá.</numerusform>
        <numerusform>%n linhas novas importadas; %1 já estavam lá.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>No backups yet in %1.</source>
      <translation>Nenhuma cópia de segurança ainda em %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Restored %1.</source>
      <translation>Restaurado: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The first day must come before the last one.</source>
      <translation>O primeiro dia precisa vir antes do último.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The folder %1 does not exist.</source>
      <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>The report could not be written to %1: %2. Nothing was left there.</source>
      <translation>Não foi possível gravar o relatório em %1: %2. Nada foi deixado ali.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Your %n recordings are in %1; keep it beside the export.</source>
      <extracomment>A count. English: Your %n recording is in %1; keep it beside the export. / Your %n recordings are in %1; keep it beside the export.</extracomment>
      <translation>
        <numerusform>Sua %n gravação está em %1; mantenha esse arquivo ao lado da exportação.</numerusform>
        <numerusform>Suas %n gravações estão em %1; mantenha esse arquivo ao lado da exportação.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>Your data as it was before is kept in %1.</source>
      <translation>Seus dados como estavam antes ficam guardados em %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>a JSON export, or a CSV export (folder or .zip)</source>
      <translation>uma exportação JSON, ou uma exportação CSV (pasta ou .zip)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>a note of your own for your provider</source>
      <translation>uma anotação sua para o profissional de saúde</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>also put a copy into FOLDER</source>
      <translation>também coloca uma cópia em FOLDER</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>another fibro-desktop command (%1) is working on this data folder (%2). Nothing was changed. Try again when it has finished.</source>
      <translation>outro comando do fibro-desktop (%1) está trabalhando com esta pasta de dados (%2). Nada foi alterado. Tente de novo quando ele terminar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>backups: %1, newest %2</source>
      <translation>cópias de segurança: %1, a mais recente %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>backups: 0</source>
      <translation>cópias de segurança: 0</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>cannot read %1: %2</source>
      <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>cannot read the passphrase file %1: %2</source>
      <translation>não foi possível ler o arquivo de senha %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>cannot use the data folder %1: %2. Nothing was changed.</source>
      <translation>não é possível usar a pasta de dados %1: %2. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>check that your data file is healthy (exit 1 when not)</source>
      <translation>confere se o seu arquivo de dados está saudável (sai com 1 quando não está)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>could not save: %1. What was not saved was left out whole; please free some space or check the folder, and try again.</source>
      <translation>não foi possível salvar: %1. O que não foi salvo ficou de fora por inteiro; libere um pouco de espaço ou confira a pasta, e tente de novo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>could not write %1: %2</source>
      <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>data folder:</source>
      <translation>pasta de dados:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>data version: %1 (this app understands up to %2)</source>
      <translation>versão dos dados: %1 (este app entende até a %2)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>database:</source>
      <translation>banco de dados:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>export your data to JSON or CSV</source>
      <translation>exporta seus dados em JSON ou CSV</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>fill the data folder (a temporary one if none is given) with sample data</source>
      <translation>preenche a pasta de dados (uma temporária, se nenhuma for informada) com dados de exemplo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>first day (YYYY-MM-DD)</source>
      <translation>primeiro dia (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>first day (YYYY-MM-DD); default 90 days ago</source>
      <translation>primeiro dia (AAAA-MM-DD); padrão: 90 dias atrás</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>import a JSON or CSV export (all or nothing)</source>
      <translation>importa uma exportação JSON ou CSV (tudo ou nada)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>json only: also write your own recordings into NAME-audio.zip beside the export (import brings them back when it finds that zip beside the file)</source>
      <translation>só json: também grava suas próprias gravações em NAME-audio.zip ao lado da exportação (a importação as traz de volta quando encontra esse zip ao lado do arquivo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>json: one file; csv: one file per table (a folder, or a .zip)</source>
      <translation>json: um arquivo; csv: um arquivo por tabela (uma pasta, ou um .zip)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>last day (YYYY-MM-DD)</source>
      <translation>último dia (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>last day (YYYY-MM-DD); default today</source>
      <translation>último dia (AAAA-MM-DD); padrão: hoje</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>list the backups and exit</source>
      <translation>lista as cópias de segurança e sai</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>logs:</source>
      <translation>logs:</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>make a checked backup now</source>
      <translation>faz agora uma cópia de segurança conferida</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing could be read: %1</source>
      <translation>nada pôde ser lido: %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing was imported. %1</source>
      <translation>nada foi importado. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>nothing was imported: the recordings could not be copied (%1).</source>
      <translation>nada foi importado: as gravações não puderam ser copiadas (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>open every tab, write and read the database, then exit (0 = all good)</source>
      <translation>abre todas as abas, grava e lê o banco de dados, e sai (0 = tudo certo)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>open the data file read-only, as it is, and export whatever can be read (for a damaged file, or one from a newer version)</source>
      <translation>abre o arquivo de dados só para leitura, como está, e exporta o que puder ser lido (para um arquivo danificado, ou de uma versão mais nova)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>paper size (default a4)</source>
      <translation>tamanho do papel (padrão: a4)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>read the passphrase of protected data from the first line of PATH ('-': standard input); also: FIBRO_DESKTOP_PASSPHRASE</source>
      <translation>lê a senha dos dados protegidos da primeira linha de PATH ('-': entrada padrão); também: FIBRO_DESKTOP_PASSPHRASE</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>replace PATH if it already exists</source>
      <translation>substitui PATH se ele já existir</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>report written: %1 (%2 to %3)</source>
      <translation>relatório gravado: %1 (%2 a %3)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>restore a backup (your current data is backed up first)</source>
      <translation>restaura uma cópia de segurança (seus dados atuais ganham uma cópia de segurança antes)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/where.py" />
      <source>show where your data and logs are kept</source>
      <translation>mostra onde seus dados e logs ficam guardados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>start quietly in the tray (minimised where there is no tray), as starting at login does</source>
      <translation>abre discretamente na bandeja (minimizado onde não há bandeja), como ao iniciar junto com o sistema</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>that passphrase does not open this data. Nothing was changed.</source>
      <translation>essa senha não abre estes dados. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>the PDF file to write</source>
      <translation>o arquivo PDF a gravar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>the backup to restore (default: the newest good one)</source>
      <translation>a cópia de segurança a restaurar (padrão: a mais recente que estiver boa)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/passphrase.py" />
      <source>the passphrase file %1 is empty</source>
      <translation>o arquivo de senha %1 está vazio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>there is no good backup in %1.</source>
      <translation>não há nenhuma cópia de segurança boa em %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>unreadable</source>
      <translation>ilegível</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/cli.py" />
      <source>use DIR for data instead of the usual folder (also: FIBRO_DESKTOP_DATA_DIR)</source>
      <translation>usa DIR para os dados em vez da pasta de sempre (também: FIBRO_DESKTOP_DATA_DIR)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/data_safety.py" />
      <source>where to write</source>
      <translation>onde gravar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/commands/report.py" />
      <source>write a PDF report of a period for your provider</source>
      <translation>grava um relatório em PDF de um período para o seu profissional de saúde</translation>
    </message>
  </context>
  <context>
    <name>data_file</name>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be opened: %2.</source>
      <translation>Não é possível abrir %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be read: %2.</source>
      <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 cannot be read: it is damaged, or protected with a different passphrase.</source>
      <translation>Não é possível ler %1: está danificado ou protegido por outra senha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 is damaged: %2.</source>
      <translation>%1 está danificado: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>%1 is not a Fibro Desktop data file (unknown format).</source>
      <translation>%1 não é um arquivo de dados do Fibro Desktop (formato desconhecido).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>That passphrase does not open this data. Nothing was changed; please try again.</source>
      <translation>Essa senha não abre estes dados. Nada foi alterado; tente de novo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 cannot be opened: %2.</source>
      <translation>Não é possível abrir o arquivo de dados %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 cannot be read: %2.</source>
      <translation>Não é possível ler o arquivo de dados %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged, or protected with a different passphrase.</source>
      <translation>O arquivo de dados %1 está danificado ou protegido por outra senha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged: %2</source>
      <translation>O arquivo de dados %1 está danificado: %2</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is damaged: %2.</source>
      <translation>O arquivo de dados %1 está danificado: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data file %1 is empty or missing, but backups of your data are beside it, so this is not a new start: the data was probably lost by a crash, a full disk or a sync service. Nothing was changed. Restore the newest good backup (Fibro Desktop offers it at start, or run: fibro-desktop restore).</source>
      <translation>O arquivo de dados %1 está vazio ou sumiu, mas há cópias de segurança dos seus dados ao lado dele, então este não é um começo do zero: os dados provavelmente se perderam por uma falha, um disco cheio ou um serviço de sincronização. Nada foi alterado. Restaure a cópia boa mais recente (o Fibro Desktop oferece isso ao abrir, ou execute: fibro-desktop restore).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is empty; it will be set up at start.</source>
      <translation>O arquivo de dados %1 está vazio; ele será preparado ao abrir.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is in good order.</source>
      <translation>O arquivo de dados %1 está em ordem.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is not in a format Fibro Desktop knows.</source>
      <translation>O arquivo de dados %1 não está num formato que o Fibro Desktop conheça.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 is protected with a passphrase.</source>
      <translation>O arquivo de dados %1 está protegido por senha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The data file %1 was saved by a newer version of Fibro Desktop (data version %2; this one understands up to %3).</source>
      <translation>O arquivo de dados %1 foi salvo por uma versão mais nova do Fibro Desktop (versão dos dados %2; esta entende até a %3).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes. %2 Nothing was changed.</source>
      <translation>Não é possível gravar na pasta de dados %1: ela é somente leitura ou está numa unidade que não permite alterações. %2 Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The data folder %1 cannot be written to: it is read-only, or on a drive that does not allow changes. Nothing was changed.</source>
      <translation>Não é possível gravar na pasta de dados %1: ela é somente leitura ou está numa unidade que não permite alterações. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The disk is full (%1). Nothing was changed. Please free some space and try again.</source>
      <translation>O disco está cheio (%1). Nada foi alterado. Libere um pouco de espaço e tente de novo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>The disk is full. Nothing was changed. Please free some space and try again.</source>
      <translation>O disco está cheio. Nada foi alterado. Libere um pouco de espaço e tente de novo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>The passphrase does not open the data file %1.</source>
      <translation>A senha não abre o arquivo de dados %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/integrity.py" />
      <source>There is no data file yet at %1.</source>
      <translation>Ainda não há arquivo de dados em %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>This data is protected with a passphrase. Please enter it to open the data.</source>
      <translation>Estes dados estão protegidos por senha. Digite a senha para abrir os dados, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>This data must be upgraded to this version first, which needs the folder to be writable.</source>
      <translation>Primeiro estes dados precisam ser atualizados para esta versão, e para isso a pasta precisa permitir gravação.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>This data was saved by a newer version of Fibro Desktop (data version %1; this version understands up to %2). It has not been changed. Please install the newer version.</source>
      <translation>Estes dados foram salvos por uma versão mais nova do Fibro Desktop (versão dos dados %1; esta versão entende até a %2). Eles não foram alterados. Instale a versão mais nova, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/database.py" />
      <source>Upgrading the data to version %1 (%2) failed: %3. Your data is unchanged.</source>
      <translation>A atualização dos dados para a versão %1 (%2) falhou: %3. Seus dados não foram alterados.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>the disk is full</source>
      <translation>o disco está cheio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/errors.py" />
      <source>the folder cannot be written to</source>
      <translation>não é possível gravar na pasta</translation>
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
      <translation>Um alongamento suave para o lado</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>A sip and a new position</source>
      <translation>Um gole e uma nova posição</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Blink slowly a few times and breathe out.</source>
      <translation>Pisque devagar algumas vezes e solte o ar.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe in and let your shoulders rise a little.</source>
      <translation>Puxe o ar e deixe os ombros subirem um pouco.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe in through the nose for a count of four.</source>
      <translation>Puxe o ar pelo nariz contando até quatro.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out slowly and let it feel heavy. Do not stretch into the cramp.</source>
      <translation>Solte o ar devagar e deixe o músculo ficar pesado. Não alongue o músculo com cãibra.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out slowly and let them sink down, heavy and loose.</source>
      <translation>Solte o ar devagar e deixe os ombros descerem, pesados e soltos.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out through the mouth for a count of six.</source>
      <translation>Solte o ar pela boca contando até seis.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Breathe out through the mouth, slowly.</source>
      <translation>Solte o ar pela boca, devagar.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Change feet. If a calf or a foot starts to tighten, stop and let it rest flat.</source>
      <translation>Troque de pé. Se uma panturrilha ou um pé começar a apertar, pare e deixe o pé descansar apoiado no chão.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Come back to the middle and turn a little to the other side.</source>
      <translation>Volte ao meio e vire um pouco para o outro lado.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Come back while breathing out; change sides. Stop well before any pull.</source>
      <translation>Volte enquanto solta o ar; troque de lado. Pare bem antes de sentir qualquer puxão.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Do it twice more, without forcing anything.</source>
      <translation>Faça mais duas vezes, sem forçar nada.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Easy ankle circles, sitting</source>
      <translation>Círculos leves com o tornozelo, sentado</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Fill your glass of water on the way.</source>
      <translation>Encha seu copo de água no caminho.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Find a position where the tight muscle is supported and can let go: lean back, rest the arm, put the foot flat.</source>
      <translation>Encontre uma posição em que o músculo tenso fique apoiado e possa soltar: encoste-se, apoie o braço, coloque o pé no chão.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let it rest, supported</source>
      <translation>Deixe descansar, apoiado</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let the shoulders drop</source>
      <translation>Deixe os ombros caírem</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let your arms hang and breathe out.</source>
      <translation>Deixe os braços soltos e solte o ar.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Let your teeth part and your tongue rest low.</source>
      <translation>Deixe os dentes se afastarem e a língua descansar embaixo.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Lift the front of one foot a little and draw slow, small circles with it; keep the toes soft, never pointed or curled.</source>
      <translation>Levante um pouco a frente de um pé e faça com ele círculos pequenos e lentos; deixe os dedos soltos, nunca esticados nem dobrados.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Long breaths out</source>
      <translation>Soltar o ar devagar</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Look away from the screen at something far away.</source>
      <translation>Tire os olhos da tela e olhe para algo longe.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Look into the distance</source>
      <translation>Olhe para longe</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Notice the face and forehead easing.</source>
      <translation>Perceba o rosto e a testa relaxando.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Open the hands</source>
      <translation>Abra as mãos</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Open your fingers slowly, then let them curl softly.</source>
      <translation>Abra os dedos devagar, depois deixe que se fechem com suavidade.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Reach the other arm up and over only a little, and breathe in.</source>
      <translation>Leve o outro braço para cima e para o lado só um pouco, e puxe o ar.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Repeat a few times, gently, without squeezing.</source>
      <translation>Repita algumas vezes, com suavidade, sem apertar.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Repeat five times; let the belly move.</source>
      <translation>Repita cinco vezes; deixe a barriga se mover.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Rest the warm palms on your neck or shoulders and breathe out.</source>
      <translation>Apoie as palmas quentes no pescoço ou nos ombros e solte o ar.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Rub your palms together slowly until they feel warm.</source>
      <translation>Esfregue as palmas das mãos devagar até elas ficarem quentes.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Shift in your seat: move your weight, put both feet flat, sit back.</source>
      <translation>Mude de posição na cadeira: mude o peso, apoie os dois pés no chão, encoste-se.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Sit back with both feet resting on the floor.</source>
      <translation>Encoste-se com os dois pés apoiados no chão.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Sit tall and turn your head a little to one side, only as far as is comfortable.</source>
      <translation>Sente-se com a coluna alta e vire a cabeça um pouco para um lado, só até onde for confortável.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Slow shoulder circles</source>
      <translation>Círculos lentos com os ombros</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Small head turns</source>
      <translation>Pequenos giros da cabeça</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Soften the jaw</source>
      <translation>Solte a mandíbula</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand up and walk a little</source>
      <translation>Levante-se e ande um pouco</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand up slowly, using the desk if you like.</source>
      <translation>Levante-se devagar, apoiando-se na mesa se quiser.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Stand with your feet apart and one hand on your hip.</source>
      <translation>Fique em pé com os pés afastados e uma mão no quadril.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Standing or sitting, roll your shoulders slowly backwards five times.</source>
      <translation>Em pé ou sentado, gire os ombros devagar para trás cinco vezes.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Take a few sips of water.</source>
      <translation>Tome alguns goles de água.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Take your hands off the keyboard and let them rest on your thighs.</source>
      <translation>Tire as mãos do teclado e deixe-as descansar sobre as coxas.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Then five times forwards, small and easy.</source>
      <translation>Depois cinco vezes para a frente, pequeno e fácil.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Three slow turns each way.</source>
      <translation>Três giros lentos para cada lado.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Walk around the room or to the kitchen at an easy pace, feet flat, no tiptoeing.</source>
      <translation>Ande pela sala ou até a cozinha em um ritmo tranquilo, pés inteiros no chão, sem ficar na ponta dos pés.</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Warm the hands</source>
      <translation>Aqueça as mãos</translation>
    </message>
    <message>
      <location filename="../../resources/pacing/exercises.json" />
      <source>Warmth helps many people: a heat pad, or warm hands resting on it.</source>
      <translation>O calor ajuda muita gente: uma bolsa térmica, ou as mãos quentes apoiadas no lugar.</translation>
    </message>
  </context>
  <context>
    <name>export_files</name>
    <message>
      <location filename="../../fibro_desktop/store/export.py" />
      <source>%1 is not an empty folder; choose a new or empty one.</source>
      <translation>%1 não é uma pasta vazia; escolha uma pasta nova ou vazia.</translation>
    </message>
  </context>
  <context>
    <name>import_problems</name>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>"columns" must be a non-empty list of names.</source>
      <translation>"columns" precisa ser uma lista de nomes, não vazia.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>"rows" must be a list.</source>
      <translation>"rows" precisa ser uma lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 at %2 is not an ordinary file (it is a device, a pipe or a socket), so it is not a Fibro Desktop export.</source>
      <translation>%1 em %2 não é um arquivo comum (é um dispositivo, um pipe ou um socket), então não é uma exportação do Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 at %2 is not an ordinary file, so it is not a Fibro Desktop export.</source>
      <translation>%1 em %2 não é um arquivo comum, então não é uma exportação do Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 cannot be read: %2.</source>
      <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 contains a NUL character (line %2).</source>
      <translation>%1 contém um caractere NUL (linha %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 has no header row.</source>
      <translation>%1 não tem linha de cabeçalho.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 holds a cell far longer than any export has (line %2).</source>
      <translation>%1 tem uma célula muito mais longa do que qualquer exportação tem (linha %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is damaged or incomplete: it is not valid JSON from line %2, column %3.</source>
      <translation>%1 está danificado ou incompleto: não é JSON válido a partir da linha %2, coluna %3.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is damaged: it is not valid CSV (line %2).</source>
      <translation>%1 está danificado: não é CSV válido (linha %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is far larger than an export's manifest.</source>
      <translation>%1 é muito maior do que o índice de uma exportação.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is larger than %2 MB, the most an import accepts.</source>
      <translation>%1 tem mais de %2 MB, o máximo que uma importação aceita.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is nested too deeply to be an export.</source>
      <translation>%1 está aninhado fundo demais para ser uma exportação.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>%1 is not a Fibro Desktop recordings archive.</source>
      <translation>%1 não é um arquivo de gravações do Fibro Desktop.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is not text in UTF-8, as an export is (near line %2).</source>
      <translation>%1 não é texto em UTF-8, como uma exportação é (perto da linha %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 is not valid JSON: it holds %2, which is not a number an export contains.</source>
      <translation>%1 não é JSON válido: contém %2, que não é um número que uma exportação contenha.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 lists no tables.</source>
      <translation>%1 não lista nenhuma tabela.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>%1 names no valid file for this table.</source>
      <translation>%1 não indica um arquivo válido para esta tabela.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>%1 was made by a newer version of Fibro Desktop. Please update the app first.</source>
      <translation>%1 foi feito por uma versão mais nova do Fibro Desktop. Atualize o aplicativo primeiro, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A column is named twice.</source>
      <translation>Uma coluna aparece com o mesmo nome duas vezes.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>A name is required here.</source>
      <translation>Aqui é preciso um nome.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A number is expected here, not %1.</source>
      <translation>Aqui se espera um número, não %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>A recording's file name must be a plain name, without folders or "..".</source>
      <translation>O nome de arquivo de uma gravação precisa ser um nome simples, sem pastas nem "..".</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A required column is missing.</source>
      <translation>Falta uma coluna obrigatória.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A row must be a list of %1 values.</source>
      <translation>Uma linha deve ser uma lista de %1 valores.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>A table must be an object with "columns" and "rows".</source>
      <translation>Uma tabela precisa ser um objeto com "columns" e "rows".</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A value of this kind (%1) cannot be stored.</source>
      <translation>Um valor deste tipo (%1) não pode ser guardado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>A whole number is expected here, not %1.</source>
      <translation>Aqui se espera um número inteiro, não %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Escolha um número de 0 a 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Enter a whole number from %1 to %2.</source>
      <translation>Digite um número inteiro de %1 a %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Only 0 (no) or 1 (yes) can be here.</source>
      <translation>Aqui só pode haver 0 (não) ou 1 (sim).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>Please keep this under %1 characters.</source>
      <translation>Mantenha abaixo de %1 caracteres, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The date %1 is before %2; the app keeps no records that old.</source>
      <translation>A data %1 é anterior a %2; o aplicativo não guarda registros tão antigos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day %1 is before %2; the app keeps no records that old.</source>
      <translation>O dia %1 é anterior a %2; o aplicativo não guarda registros tão antigos.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day %1 is in the future.</source>
      <translation>O dia %1 está no futuro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The day does not match the date and time of the entry.</source>
      <translation>O dia não combina com a data e a hora do registro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export</source>
      <translation>A exportação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export holds more than %1 rows, the most an import accepts.</source>
      <translation>A exportação tem mais de %1 linhas, o máximo que uma importação aceita.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export's "schema_version" is missing or not a whole number.</source>
      <translation>O "schema_version" da exportação está faltando ou não é um número inteiro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The export's "version" is missing or not a whole number.</source>
      <translation>O "version" da exportação está faltando ou não é um número inteiro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file</source>
      <translation>O arquivo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file %1</source>
      <translation>O arquivo %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file %1 is missing.</source>
      <translation>O arquivo %1 está faltando.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file has no "tables" object.</source>
      <translation>O arquivo não tem um objeto "tables".</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The file holds more than %1 rows, the most an import accepts.</source>
      <translation>O arquivo tem mais de %1 linhas, o máximo que uma importação aceita.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The moment %1 (UTC) is in the future.</source>
      <translation>O momento %1 (UTC) está no futuro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 in %2 is damaged (its content does not match).</source>
      <translation>A gravação %1 em %2 está danificada (o conteúdo não confere).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 in %2 is damaged (its size is wrong).</source>
      <translation>A gravação %1 em %2 está danificada (o tamanho está errado).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recording %1 is missing from %2.</source>
      <translation>A gravação %1 está faltando em %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/audio_export.py" />
      <source>The recordings archive %1 is damaged: the zip cannot be read.</source>
      <translation>O arquivo de gravações %1 está danificado: não é possível ler o zip.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The row cannot be stored: %1.</source>
      <translation>A linha não pode ser guardada: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The row does not fit: %1.</source>
      <translation>A linha não se encaixa: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The row has %1 cells; the header has %2.</source>
      <translation>A linha tem %1 células; o cabeçalho tem %2.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>The same %1 appears twice (also in row %2).</source>
      <translation>O mesmo valor de %1 aparece duas vezes (também na linha %2).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The session is missing.</source>
      <translation>A sessão está faltando.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>The time zone of this moment is missing.</source>
      <translation>Está faltando o fuso horário deste momento.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The zip file is damaged; it cannot be read. If you have the export elsewhere, try that copy.</source>
      <translation>O arquivo zip está danificado; não dá para lê-lo. Se você tiver a exportação em outro lugar, tente essa cópia.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>The zip file is protected with a password, which Fibro Desktop exports never are. Unpack it with your zip program, then import the folder it gives.</source>
      <translation>O arquivo zip está protegido com senha, e as exportações do Fibro Desktop nunca estão. Descompacte-o com o seu programa de zip e depois importe a pasta que ele criar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>There is nothing at %1.</source>
      <translation>Não há nada em %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This count cannot be below 0.</source>
      <translation>Esta contagem não pode ser menor que 0.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This export comes from a newer version of Fibro Desktop (data version %1; this one understands up to %2). Please update the app first.</source>
      <translation>Esta exportação vem de uma versão mais nova do Fibro Desktop (versão dos dados %1; esta entende até a %2). Atualize o aplicativo primeiro, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This export was made by a newer version of Fibro Desktop (format version %1; this one reads up to %2). Please update the app first.</source>
      <translation>Esta exportação foi feita por uma versão mais nova do Fibro Desktop (versão do formato %1; esta lê até a %2). Atualize o aplicativo primeiro, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. It is not JSON, the form of an export.</source>
      <translation>Este arquivo não é uma exportação do Fibro Desktop. Não é JSON, a forma de uma exportação.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. It is not text (an export is UTF-8 text; this file is not, from byte %1).</source>
      <translation>Este arquivo não é uma exportação do Fibro Desktop. Não é texto (uma exportação é texto UTF-8; este arquivo não é, a partir do byte %1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This file is not a Fibro Desktop export. Its %1 cannot be read: it is not text.</source>
      <translation>Este arquivo não é uma exportação do Fibro Desktop. O %1 dele não pode ser lido: não é texto.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This is not a Fibro Desktop export (its "format" is missing or different).</source>
      <translation>Este arquivo não é uma exportação do Fibro Desktop (o "format" dele está faltando ou é diferente).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_read.py" />
      <source>This is not a Fibro Desktop export: %1 is missing (every CSV export has one).</source>
      <translation>Esta não é uma exportação do Fibro Desktop: %1 está faltando (toda exportação CSV tem um).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This is not a calendar day the app can read (%1); days are written like 2026-11-24.</source>
      <translation>Este não é um dia do calendário que o aplicativo consiga ler (%1); os dias são escritos como 2026-11-24.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This is not a date and time the app can read (%1). A spreadsheet may have changed it; export again and import the file unchanged.</source>
      <translation>Esta não é uma data e hora que o aplicativo consiga ler (%1). Uma planilha pode ter alterado o valor; exporte de novo e importe o arquivo sem mudanças.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This number is larger than the app allows (%1).</source>
      <translation>Este número é maior do que o aplicativo permite (%1).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This role is not one the app knows.</source>
      <translation>Esta função não é uma que o app conhece.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This row belongs to %1 %2 %3, which is not in the file.</source>
      <translation>Esta linha pertence a %1 %2 %3, que não está no arquivo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/data_safety/rows.py" />
      <source>This time-zone offset is not one a clock can have (UTC-12:00 to UTC+14:00).</source>
      <translation>Este fuso horário não existe em nenhum relógio (de UTC-12:00 a UTC+14:00).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This version of the app has no such column.</source>
      <translation>Esta versão do app não tem essa coluna.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/import_write.py" />
      <source>This version of the app has no such table.</source>
      <translation>Esta versão do app não tem essa tabela.</translation>
    </message>
  </context>
  <context>
    <name>protection</name>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>Please choose a passphrase of at least %1 characters.</source>
      <translation>Escolha uma senha de pelo menos %1 caracteres, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>That passphrase does not open this data. Nothing was changed.</source>
      <translation>Essa senha não abre estes dados. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data could not be copied: %1. Nothing was changed.</source>
      <translation>Não foi possível copiar os dados: %1. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data is not in the state expected; nothing was changed.</source>
      <translation>Os dados não estão no estado esperado; nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The data is still in use, so it was not changed. Please try again.</source>
      <translation>Os dados ainda estão em uso, então não foram alterados. Tente de novo, por favor.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>The new copy did not match the data exactly; nothing was changed. %1</source>
      <translation>A nova cópia não correspondia exatamente aos dados; nada foi alterado. %1</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/store/protection.py" />
      <source>This installation cannot protect data with a passphrase (sqlcipher3 is missing).</source>
      <translation>Esta instalação não consegue proteger dados com senha (falta o sqlcipher3).</translation>
    </message>
  </context>
  <context>
    <name>relax_sessions</name>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About fifteen minutes to settle in bed: slow breathing, a gentle release of the body, calm imagery, then quiet. Ends in silence.</source>
      <translation>Cerca de quinze minutos para se acomodar na cama: respiração lenta, um relaxamento suave do corpo, imagens calmas, depois silêncio. Termina em silêncio.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About five minutes of easy movements in your chair, to go with a pacing break. Move slowly and only within comfort.</source>
      <translation>Cerca de cinco minutos de movimentos fáceis na cadeira, para acompanhar uma pausa do Ritmo. Mova-se devagar e só dentro do que for confortável.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About six minutes, with no tightening at all. Warm and heavy imagery for when a muscle is already spasming or sore.</source>
      <translation>Cerca de seis minutos, sem nenhuma contração. Imagens de calor e peso para quando um músculo já está com espasmo ou dolorido.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About ten minutes. Move your attention slowly through the body, noticing without changing anything, and let each area soften.</source>
      <translation>Cerca de dez minutos. Leve a atenção devagar pelo corpo, percebendo sem mudar nada, e deixe cada parte amolecer.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>About twelve minutes. Gently tighten one muscle group at a time, only a little, then let it go and notice the difference. Skip any muscle that feels sore.</source>
      <translation>Cerca de doze minutos. Contraia com suavidade um grupo muscular de cada vez, só um pouco, depois solte e perceba a diferença. Pule qualquer músculo que esteja dolorido.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Body scan</source>
      <translation>Escaneamento do corpo</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Five minutes of slow breathing, about six breaths a minute: in for four seconds, out for six. Spoken cues at first, then soft tones.</source>
      <translation>Cinco minutos de respiração lenta, cerca de seis respirações por minuto: puxe o ar em quatro segundos, solte em seis. Instruções faladas no começo, depois sons suaves.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Five minutes. Four areas, tightened only a little and then released. Good for a short pause in the day.</source>
      <translation>Cinco minutos. Quatro regiões, contraídas só um pouco e depois soltas. Bom para uma pausa curta no dia.</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Gentle desk warm-up</source>
      <translation>Aquecimento suave na mesa</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Paced breathing</source>
      <translation>Respiração compassada</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Progressive muscle relaxation, full</source>
      <translation>Relaxamento muscular progressivo, completo</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Progressive muscle relaxation, short</source>
      <translation>Relaxamento muscular progressivo, curto</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Release only</source>
      <translation>Só soltar</translation>
    </message>
    <message>
      <location filename="../../resources/audio/manifest.json" />
      <source>Sleep wind-down</source>
      <translation>Relaxar para dormir</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A place has a side it does not have.</source>
      <translation>Um lugar tem um lado que ele não tem.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A place on the body is not known to the app.</source>
      <translation>Um lugar do corpo não é conhecido pelo app.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>A warning sign is not known to the app.</source>
      <translation>Um sinal de alerta não é conhecido pelo app.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose a number from 0 to 10.</source>
      <translation>Escolha um número de 0 a 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose a sleep state from the list.</source>
      <translation>Escolha um estado de sono da lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose an activity level from the list.</source>
      <translation>Escolha um nível de atividade da lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose an answer from the list.</source>
      <translation>Escolha uma resposta da lista.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose what kind of spasm it was.</source>
      <translation>Escolha que tipo de espasmo foi.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Choose which one you took.</source>
      <translation>Escolha qual você tomou.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Clean a free-text note (may be empty).</source>
      <translation>Limpa uma anotação de texto livre (pode estar vazia).</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Clean a name; refuse an empty one and one over ``MAX_NAME_CHARS``.</source>
      <translation>Limpa um nome; recusa um vazio e um com mais de ``MAX_NAME_CHARS``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Each thing you tried can be listed once.</source>
      <translation>Cada coisa que você tentou pode aparecer só uma vez.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Enter a time between 0 minutes and 24 hours.</source>
      <translation>Informe um tempo entre 0 minutos e 24 horas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Enter between 0 and 24 hours of sleep.</source>
      <translation>Informe entre 0 e 24 horas de sono.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Give it a name, as you would write it.</source>
      <translation>Dê um nome, do jeito que você escreveria.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>It can't have ended after now. Is it still going?</source>
      <translation>Não pode ter terminado depois de agora. Ainda está acontecendo?</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Parse a non-negative whole number (a quantity, threshold or target).

    An empty value gives ``None`` when ``allow_empty``. ``minimum`` lets a
    daily target require at least 1.
    </source>
      <translation>Lê um número inteiro não negativo (uma quantidade, um limite ou uma meta).

    Um valor vazio dá ``None`` quando ``allow_empty``. ``minimum`` permite que
    uma meta diária exija pelo menos 1.
    </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Problems with ``checkin``; ``today`` is the person's local date.</source>
      <translation>Problemas com ``checkin``; ``today`` é a data local da pessoa.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Problems with ``episode`` as of ``now`` (aware), by field name.</source>
      <translation>Problemas com ``episode`` em ``now`` (com fuso), por nome de campo.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>Raised by the store when a value breaks a rule above; ``field`` names
    the input ("name", "quantity"…) and ``code`` the error id.</source>
      <translation>Lançado pelo armazenamento quando um valor quebra uma regra acima; ``field`` nomeia
    a entrada ("name", "quantity"…) e ``code`` o id do erro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Raised by the store when an entry fails validation; nothing was written.

    ``errors`` maps field names to messages, as the ``validate_*`` functions
    return them.
    </source>
      <translation>Lançado pelo armazenamento quando um registro não passa na validação; nada foi gravado.

    ``errors`` associa nomes de campo a mensagens, como as funções ``validate_*``
    as devolvem.
    </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say whether it helped: yes, a little, or no.</source>
      <translation>Diga se ajudou: sim, um pouco ou não.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say whether it was taken or skipped.</source>
      <translation>Diga se foi tomado ou pulado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Say which side for each place.</source>
      <translation>Diga o lado de cada lugar.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Something that did not help has no time to relief.</source>
      <translation>Algo que não ajudou não tem tempo até o alívio.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/toolkit/validation.py" />
      <source>The count ``value``, or :class:`InvalidInput`; never ``None`` unless ``allow_empty``.</source>
      <translation>A contagem ``value``, ou :class:`InvalidInput`; nunca ``None``, a não ser com ``allow_empty``.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The start can't be in the future.</source>
      <translation>O início não pode ser no futuro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The start time needs a time zone.</source>
      <translation>A hora de início precisa de um fuso horário.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The time can't be in the future.</source>
      <translation>A hora não pode ser no futuro.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>The time needs a time zone.</source>
      <translation>A hora precisa de um fuso horário.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>This list holds an entry the app does not know.</source>
      <translation>Esta lista tem um item que o app não conhece.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>Time to relief must be between 0 minutes and 24 hours.</source>
      <translation>O tempo até o alívio precisa ficar entre 0 minutos e 24 horas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/validation.py" />
      <source>You can check in for today or earlier days.</source>
      <translation>Você pode fazer o check-in de hoje ou de dias anteriores.</translation>
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
      <translation>Uma cãibra ou um tranco que atrapalha o sono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A sharp, gripping tightness, often in calves or hands</source>
      <translation>Um aperto forte e repentino, muitas vezes nas panturrilhas ou nas mãos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A tender knot that tightens when pressed or stretched</source>
      <translation>Um nó dolorido que aperta quando é pressionado ou alongado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>A tight spell that lasts minutes or hours</source>
      <translation>Uma tensão que dura minutos ou horas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Abdomen</source>
      <translation>Abdômen</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Awake</source>
      <translation>Acordado(a)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Back of thighs</source>
      <translation>Parte de trás das coxas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Both</source>
      <translation>Os dois lados</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Breathing or relaxation audio</source>
      <translation>Áudio de respiração ou relaxamento</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Calves</source>
      <translation>Panturrilhas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Chest</source>
      <translation>Peito</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Cold</source>
      <translation>Frio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Cramp</source>
      <translation>Cãibra</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Did not help</source>
      <translation>Não ajudou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Falling asleep</source>
      <translation>Pegando no sono</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Feet</source>
      <translation>Pés</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Fever</source>
      <translation>Febre</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Forearms</source>
      <translation>Antebraços</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Front of thighs</source>
      <translation>Frente das coxas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Gentle movement</source>
      <translation>Movimento suave</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Gentle stretch</source>
      <translation>Alongamento suave</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hands</source>
      <translation>Mãos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hard physical effort</source>
      <translation>Esforço físico pesado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Heat</source>
      <translation>Calor</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Helped</source>
      <translation>Ajudou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Helped a little</source>
      <translation>Ajudou um pouco</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Hips and glutes</source>
      <translation>Quadris e glúteos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>It woke me up</source>
      <translation>Me acordou</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Jaw</source>
      <translation>Mandíbula</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Just woken up</source>
      <translation>Acabei de acordar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Knot</source>
      <translation>Nó muscular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Left</source>
      <translation>Lado esquerdo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Light activity</source>
      <translation>Atividade leve</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Long sitting or one posture</source>
      <translation>Muito tempo sentado ou na mesma posição</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Long tension</source>
      <translation>Tensão prolongada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Loss of balance</source>
      <translation>Perda de equilíbrio</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Lower back</source>
      <translation>Lombar</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Magnesium on the skin</source>
      <translation>Magnésio na pele</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Magnesium or electrolyte drink</source>
      <translation>Bebida com magnésio ou eletrólitos</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Massage or myofascial release</source>
      <translation>Massagem ou liberação miofascial</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Moderate activity</source>
      <translation>Atividade moderada</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Muscle swelling</source>
      <translation>Inchaço no músculo</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Neck</source>
      <translation>Pescoço</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Night cramp</source>
      <translation>Cãibra noturna</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>No, they were interrupted a lot</source>
      <translation>Não, foram muito interrompidas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Not enough water</source>
      <translation>Pouca água</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Numbness</source>
      <translation>Dormência</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Other</source>
      <translation>Outro</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Partly, with some interruptions</source>
      <translation>Em parte, com algumas interrupções</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Poor sleep</source>
      <translation>Sono ruim</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Prescribed medication</source>
      <translation>Remédio receitado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Racing heart</source>
      <translation>Coração disparado</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Repetitive task</source>
      <translation>Tarefa repetitiva</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Rest</source>
      <translation>Descanso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Resting</source>
      <translation>Em repouso</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Right</source>
      <translation>Lado direito</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Shoulders</source>
      <translation>Ombros</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Skipped a meal</source>
      <translation>Pulei uma refeição</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Small rippling twitches under the skin</source>
      <translation>Pequenas contrações involuntárias, como tremores sob a pele</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Strenuous activity</source>
      <translation>Atividade intensa</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Stress or worry</source>
      <translation>Estresse ou preocupação</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Tiredness</source>
      <translation>Cansaço</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Twitching</source>
      <translation>Tremor muscular</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Upper arms</source>
      <translation>Braços (parte de cima)</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Upper back</source>
      <translation>Parte alta das costas</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Water</source>
      <translation>Água</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Weakness</source>
      <translation>Fraqueza</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/vocabulary.py" />
      <source>Yes, without interruption</source>
      <translation>Sim, sem interrupção</translation>
    </message>
  </context>
  <context>
    <name>warning_signs</name>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before.</source>
      <translation>%1 episódios nas últimas 4 semanas contra %2 nas 4 anteriores.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 episodes in the last 4 weeks against %2 in the 4 before; typical intensity %3 against %4.</source>
      <translation>%1 episódios nas últimas 4 semanas contra %2 nas 4 anteriores; intensidade típica %3 contra %4.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 or more spasms a day on %2 of 7 days.</source>
      <translation>%1 ou mais espasmos por dia em %2 de 7 dias.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>%1 spasms of %2 or more in 7 days.</source>
      <translation>%1 espasmos de %2 ou mais em 7 dias.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/ui/journal/flag_text.py" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode came with: %1.</source>
      <translation>Um episódio veio com: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode has been going on for %1 and is not marked as over.</source>
      <translation>Um episódio está acontecendo há %1 e não foi marcado como terminado.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>An episode limited moving around %1 of 10.</source>
      <translation>Um episódio limitou o movimento em %1 de 10.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Moving about was %1 of 10 or less on %2 of 7 days.</source>
      <translation>O movimento ficou em %1 de 10 ou menos em %2 de 7 dias.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>One spasm lasted %1.</source>
      <translation>Um espasmo durou %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Spasms at night on %1 of 7 nights, %2 nights in a row.</source>
      <translation>Espasmos à noite em %1 de 7 noites, %2 noites seguidas.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Spasms at night on %1 of 7 nights.</source>
      <translation>Espasmos à noite em %1 de 7 noites.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>The day's check-in noted: %1.</source>
      <translation>O check-in do dia anotou: %1.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>The day's check-in rated moving about %1 of 10.</source>
      <translation>O check-in do dia deu nota %1 de 10 para o movimento.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>Typical intensity %1 against %2 in the 4 weeks before.</source>
      <translation>Intensidade típica %1 contra %2 nas 4 semanas anteriores.</translation>
    </message>
    <message>
      <location filename="../../fibro_desktop/core/journal/flag_detail.py" />
      <source>You kept up at least half of your routine on %1 of the last 28 days.</source>
      <translation>Você manteve pelo menos metade da sua rotina em %1 dos últimos 28 dias.</translation>
    </message>
  </context>
</TS>
