# A janela em volta dos painéis: menus, comandos, caixas de diálogo e mensagens.

## Menus
menu-file = Arquivo
menu-open-recent = Abrir recente
no-recent-files = Nenhum arquivo recente
clear-recent = Limpar a lista
clear-recent-none = Nenhum arquivo aberto ainda.
menu-export = Exportar
menu-edit = Editar
menu-view = Exibir
menu-language = Idioma da interface
theme-system = Tema: o do sistema
theme-light = Tema: claro
theme-dark = Tema: escuro

## Comandos
command-new = Novo
command-open = Abrir…
command-save = Salvar
command-save-as = Salvar como…
command-import-programs = Importar programas…
command-import-campaign-text = Importar texto da campanha…
command-quit = Sair
command-undo = Desfazer
command-redo = Refazer
command-present = Apresentar

## Formatos de exportação
format-txt = Texto da campanha (.txt)
format-markdown = Markdown (.md)
format-html = Página web (.html)
format-json = JSON (.json)
format-slides-pdf = Slides em PDF (.pdf)
format-slides-pdf-a4 = Slides em PDF, A4 paisagem (.pdf)
format-notes-pdf = Slides com notas em PDF (.pdf)

## Caixas de diálogo de arquivo e a janela para digitar um caminho
dialog-open = Abrir um perfil
dialog-save-as = Salvar o perfil como
dialog-import-programs = Importar programas de outro perfil
dialog-import-campaign-text = Importar uma página de perfil no formato de texto da campanha
dialog-export = Exportar o perfil como
filter-text = Texto
filter-profile = Perfil do Carta
filter-all-files = Todos os arquivos
dialogs-turned-off = As caixas de diálogo de arquivo do sistema estão desativadas.
details = Detalhes
file-path = Caminho do arquivo
file-path-hint = ex.: /home/ana/Documentos/minha-cidade.ron
folder-path-hint = ex.: /home/ana/Documentos/outras-cidades
open = Abrir
save = Salvar
export = Exportar
cancel = Cancelar
ok = OK
not-now = Agora não
dont-save = Não salvar

## A barra lateral e a barra de status
untitled = Sem título
present-button = Apresentar  (F5)
present-hint = Slides em tela cheia para uma reunião; Esc volta
status-not-saved-yet = Ainda não salvo em um arquivo
status-unsaved = • alterações não salvas
status-undone = Desfeito.
status-redone = Refeito.
status-new = Novo perfil.
status-opened = Aberto: { $path }.
status-saved = Salvo em { $path }.
status-interface-unspoken = O Carta ainda não fala { $wanted }. Fala { $spoken }: inglês até você escolher (Exibir ▸ Idioma da interface).
status-language-gone = O idioma da interface que você escolheu ({ $code }) não está mais disponível: a tradução foi removida. Escolha outro em Exibir ▸ Idioma da interface.
status-exported = Exportado para { $path }.
export-campaign-headings = Exportado. A página da campanha é publicada em inglês, espanhol ou francês: esta tem títulos em inglês sobre os seus textos.
status-waiting-for-dialog = Aguardando a caixa de diálogo de arquivo…
status-restored = O trabalho não salvo foi restaurado. Salve-o para mantê-lo.
status-settings-not-kept = Não foi possível guardar as suas configurações (idioma, tema, arquivos recentes): { $reason }
export-over-open-profile = { $path } é o perfil que você tem aberto. Gravar a exportação nele substituiria o seu perfil; escolha outro nome.
restore-stale-title = O arquivo mudou depois que o seu trabalho foi guardado
restore-stale-message = Alguém ou algo alterou { $path } depois que o Carta guardou o seu trabalho não salvo. O seu trabalho está de volta na tela; ao salvar, o Carta perguntará se deve recarregar a outra versão, comparar as duas ou manter a sua com outro nome.
status-autosave-failing = ⚠ Não é possível gravar as cópias de recuperação
status-autosave-back = As cópias de recuperação do seu trabalho não salvo voltaram a ser gravadas.
overwrite-title = “{ $name }” já existe
overwrite-message = Já existe um arquivo com esse nome em { $folder }. Substituí-lo apaga o que ele contém.
overwrite-replace = Substituir
status-reloaded = A versão mais recente foi recarregada do disco.
presenter-view-title = Carta — modo do apresentador

## Mensagens
alert-open-failed = Não foi possível abrir este arquivo
alert-document-unchanged = O documento que estava aberto não foi alterado.
alert-save-failed = Não foi possível salvar o perfil
alert-export-failed = Não foi possível gravar a exportação
import-page-title = Página da campanha importada
import-page-read = { $source }: o Carta leu { $areas } áreas de política e { $programs } programas. Salve o novo perfil com Arquivo > Salvar como.
import-page-points = Verifique estes pontos:
unsaved-title = Salvar as alterações?
unsaved-this-profile = Este perfil
unsaved-message = { $name } tem alterações não salvas. Se você não salvar, elas serão perdidas.
restore-title = Restaurar o trabalho não salvo?
restore-never-saved = um perfil que nunca foi salvo
restore-message = O Carta fechou sem salvar as suas alterações em { $what }, o perfil de { $city }. Elas foram guardadas { $age }.
restore = Restaurar
discard = Descartar
age-now = há menos de um minuto
age-minutes = { $count ->
    [one] há um minuto
   *[other] há { $count } minutos
}
age-hours = { $count ->
    [one] há uma hora
   *[other] há { $count } horas
}
age-days = { $count ->
    [one] há um dia
   *[other] há { $count } dias
}
conflict-deleted-title = “{ $name }” foi excluído ou movido
conflict-deleted-message = Outro programa removeu o arquivo que você está editando. A sua versão continua aqui.
conflict-changed-title = “{ $name }” foi alterado por outro programa
conflict-changed-message = Alguém salvou uma versão mais recente deste arquivo depois que você o abriu. O Carta não vai gravar por cima dela sem perguntar.
conflict-save-here = Salvar a minha aqui de novo
conflict-reload = Recarregar a outra
conflict-compare = Ver as duas
conflict-merge = Mesclar a outra na minha…
conflict-save-as = Manter a minha: Salvar como…

## Idiomas do conteúdo
content-language = Idioma do conteúdo
content-language-main = { $language } (principal)
content-language-add = Adicionar { $language }
content-language-another = Outro idioma…
language-search = Pesquisar um idioma pelo nome
language-search-hint = árabe, 한국어, català, pt-BR…
language-search-none = Nenhum idioma tem esse nome.
content-language-add-title = Adicionar um idioma de conteúdo
content-language-add-explained = Digite o nome do idioma, em português ou no próprio idioma, ou o seu código (pt-BR).
content-language-missing = { $count } a traduzir

## Apresentar
slide-info = Slide { $counter }: { $heading }
slides-grid = Todos os slides — clique em um, ou pressione G ou Esc para voltar
presenter-end = (fim)
presenter-view = Modo do apresentador
presenter-now = Agora, slide { $number } de { $count }
presenter-next = Próximo
presenter-notes = Notas
presenter-no-notes = Nenhuma nota para este slide.
presenter-previous = ◀ Anterior
presenter-next-button = Próximo ▶
presenter-one-screen = Uma só tela: a plateia vê o que está aqui. P traz os slides de volta.
presenter-slides-on = Slides na tela
presenter-swap = Trocar as telas

content-language-make-main = Definir { $language } como idioma principal
content-language-remove = Remover { $language } e os seus textos
status-language-removed = Os textos em { $language } foram removidos. Ctrl+Z os traz de volta.

fonts-missing-title = Parte do texto não pode ser exibida
fonts-missing = Nenhuma fonte deste computador consegue exibir texto em { $scripts } (como “{ $samples }”), por isso ele aparece como caixas vazias na tela. O arquivo em si está bem.
fonts-hint-linux = Para vê-lo, peça que instalem estes pacotes de fontes e depois reinicie o Carta: { $packages }
fonts-hint-windows = Para vê-lo, abra Configurações do Windows ▸ Hora e idioma ▸ Idioma e região e adicione um idioma escrito nesse sistema de escrita (as fontes vêm com ele), ou peça ao seu departamento de TI o recurso opcional “Fontes suplementares”; depois reinicie o Carta.
fonts-hint-macos = Para vê-lo, abra o Catálogo de Fontes e baixe uma fonte para esse sistema de escrita; depois reinicie o Carta.
paste-page-how = Selecione toda a página do perfil no site da campanha, copie-a (Ctrl+C) e cole-a abaixo (Ctrl+V). Ou abra um arquivo de texto com a página.
paste-page-field = A página
paste-page-hint = Cole a página aqui
paste-page-import = Importar a página colada
paste-page-empty = Cole uma página primeiro
paste-page-open-file = Abrir um arquivo…
paste-page-source = A página colada

## Ajuda e impressão
menu-help = Ajuda
command-print = Imprimir…
command-guide = Guia de uso
command-shortcuts = Atalhos de teclado
command-about = Sobre o Carta
alert-print-failed = Não foi possível criar a página de impressão
status-print-opened = A página de impressão foi aberta no seu navegador: imprima-a de lá (Ctrl+P). O arquivo é { $path }.
status-print-written = A página de impressão é { $path }: abra-a em um navegador para imprimi-la.
print-no-browser = A página de impressão é { $path }, mas nenhum navegador conseguiu abri-la ({ $reason }). Abra-a manualmente para imprimi-la.
shortcuts-menus = Alt ou F10 abre os menus; Tab e Shift+Tab passam de um campo a outro; Enter ou Espaço aciona o botão em foco; Esc fecha uma janela.
# The Shift key as its keyboards name it (menus and the shortcut sheet).
key-shift = Shift
shortcuts-present = Ao apresentar: → ou Espaço próximo slide, ← anterior, Home o primeiro, End o último, um número e Enter vai para esse slide, B escurece a tela, G mostra todos os slides, P o modo do apresentador, Esc encerra.
about-what = Mantenha, verifique e apresente o perfil de Cidade de Direitos Humanos da sua cidade e o seu catálogo de programas municipais.
about-licence = Software livre sob a licença { $licence }.
about-licence-or = {" ou "}
about-settings = Configurações
about-recovery = Cópias do trabalho não salvo
about-cache = Cache de bibliotecas e páginas de impressão
about-nowhere = não guardadas
about-profiles = Os seus perfis ficam onde você os salva; a cada vez que salva, a versão anterior fica ao lado do arquivo como .bak.

## Boas-vindas
welcome-title = Boas-vindas ao Carta
welcome-explained = O Carta mantém o perfil de Cidade de Direitos Humanos da sua cidade e o seu catálogo de programas, verifica-o segundo o formulário da campanha e o apresenta em reuniões. Tudo fica neste computador.
welcome-start = Comece o perfil da sua cidade
welcome-languages = Idiomas
welcome-languages-hint = O primeiro idioma marcado é o principal; você pode adicionar outros depois pela barra lateral.
welcome-start-button = Começar o perfil
welcome-start-needs-city = Digite primeiro o nome da sua cidade.
welcome-or = Ou
welcome-example = Ver o exemplo de San Antonio
welcome-skip = Ir para o formulário vazio
welcome-recent = Arquivos recentes
example-title = Exemplo (San Antonio)
status-started = Um novo perfil: continue em Cidade e depois salve-o com Ctrl+S.
status-example = Este é o perfil de San Antonio, um exemplo: ao salvá-lo, o Carta pedirá um nome seu.
slides-typed = Ir para o slide { $number } (Enter)
slides-empty = Nada para apresentar ainda: preencha primeiro Cidade e depois o resto do formulário.
presenter-clock = Hora: { $time }
shortcuts-or = ou
welcome-window-title = Boas-vindas — Carta
presenter-thumbnail = Slide { $number }: { $heading }

picture-unreadable = Não foi possível ler a imagem { $file }: { $reason }
picture-not-a-picture = { $file } não é uma imagem PNG ou JPEG, ou está danificada. Salve-a como PNG ou JPEG e escolha-a de novo.
picture-too-many-pixels = { $file } tem { $width } × { $height } pixels: mais do que o Carta aceita (100 milhões). Reduza-a e escolha-a de novo.
field-logo = Logotipo
field-cover = Foto de capa
pictures-explained = Exibidas no slide de título e no folheto. Ficam guardadas dentro do arquivo do perfil (reduzidas o bastante para enviar por e-mail), para que os colegas a quem você o enviar também as vejam.
picture-none = Nenhuma ainda
picture-choose = Escolher…
picture-change = Alterar…
picture-remove = Remover
picture-damaged = Esta imagem não pode ser exibida.
dialog-choose-logo = Escolher o logotipo da cidade
dialog-choose-cover = Escolher uma foto de capa
filter-pictures = Imagens (PNG, JPEG)
status-logo-set = Logotipo adicionado. Ctrl+Z o remove.
status-cover-set = Foto de capa adicionada. Ctrl+Z a remove.
alert-picture-failed = Não foi possível usar a imagem
slide-logo-alt = Logotipo de { $city }
picture-left-out-Logo = Não é possível ler o logotipo (danificado ou cortado): ele fica de fora do que é publicado. Escolha-o de novo em Cidade.
picture-left-out-Cover = Não é possível ler a foto de capa (danificada ou cortada): ela fica de fora do que é publicado. Escolha-a de novo em Cidade.
status-picture-preparing = Preparando a imagem…
status-picture-other-profile = A imagem não foi adicionada: agora há outro perfil aberto.
status-exporting = Gravando { $path }…
status-export-busy = Outra exportação ainda está sendo gravada; tente de novo em instantes.
export-stopped = A gravação da exportação parou inesperadamente.

## Traduções que a pessoa responsável adiciona (Ajuda ▸ Traduzir o Carta…)
language-added-entry = { $name } — { $translated } de { $total } frases
command-translate = Traduzir o Carta…
command-add-translation = Adicionar uma tradução…
command-reload-translations = Ler as traduções de novo
translate-into = Traduzir para: { $language }
translate-title = Traduzir o Carta
translate-explained = Escolha o idioma para o qual traduzir o Carta. O Carta grava as frases dele em uma pasta, cada uma com o inglês e o idioma da sua interface ao lado. Traduza-as em qualquer editor de texto, salve e escolha Exibir ▸ Idioma da interface ▸ Ler as traduções de novo.
filter-translation = Tradução (.zip, ou qualquer arquivo da pasta dela)
translation-path-hint = A pasta de uma tradução (com o código como nome, por exemplo eu), um arquivo dela ou o zip dela
dialog-add-translation = Escolha a pasta de uma tradução (com o código do idioma como nome)
translation-loaded = { $name }: { $translated } de { $total } frases
translation-syntax = { $file }, linha { $line }, coluna { $column }: o Carta não consegue ler esta frase ({ $what }). O resto do arquivo é usado.
translation-not-a-code = A pasta { $folder } não tem o código de um idioma como nome (como “eu” ou “pt-BR”): o Carta a deixou de lado.
translation-built-in = A tradução em { $folder } tem o código de um idioma que o Carta já fala ({ $language }): a do Carta continua.
translation-unreadable = { $path }: { $reason }
translation-too-many = Só foram lidas as primeiras { $count } traduções de { $folder }.
alert-translation-problems = Não foi possível ler uma tradução inteira
status-no-translations = Não há traduções na pasta de configurações.
status-translations-read = Traduções lidas: { $list }
status-translation-written = As frases a traduzir estão em { $folder }. Traduza-as, salve e escolha Exibir ▸ Idioma da interface ▸ Ler as traduções de novo.
status-translation-no-settings = O Carta não tem pasta de configurações neste computador e não pode guardar traduções.
