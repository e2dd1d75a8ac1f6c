## Por que um arquivo de perfil não pôde ser lido. A mensagem vem depois de “ARQUIVO:LINHA:COLUNA: ”.
load-unreadable = não é possível ler o arquivo: { $reason }
load-too-large = o arquivo tem { $megabytes } MB, mais do que um perfil pode ter ({ $limit } MB)
load-not-utf8 = o arquivo não é texto UTF-8: byte inválido na posição { $offset }
load-empty = o arquivo está vazio; era esperado um perfil do Carta
load-profile-not-page = este é um perfil do Carta, não uma página da campanha: abra-o com Arquivo ▸ Abrir (ou `carta check`); não há nada a importar
load-library-full = deixado de fora: a biblioteca já contém { $megabytes } MB de perfis, o máximo que o Carta lê de uma vez; abra uma pasta menor para lê-lo
load-newer-version = gravado na versão { $version } do formato de arquivo, mas este Carta lê versões até a { $supported }; atualize o Carta para abri-lo
load-cut-off = o arquivo termina cedo demais; pode ter sido cortado
load-too-deep = o arquivo tem níveis aninhados demais para ser um perfil do Carta
load-missing-field-in = { $outer }: falta o campo obrigatório `{ $field }`
file-part-Document = o perfil
file-part-City = os dados da cidade (city)
file-part-Leader = o dirigente (leader)
file-part-Vision = a visão (vision)
file-part-Motivations = as motivações (motivations)
file-part-Policies = as áreas de política (policies)
file-part-PolicyArea = uma área de política
file-part-Program = um programa
file-part-Indicator = um indicador de um programa
file-part-Measurement = uma medição de um indicador
file-part-BudgetLine = uma linha de orçamento de um programa
file-part-Beneficiaries = uma linha de beneficiários de um programa
file-part-Evidence = uma evidência de um programa
file-part-Partner = um parceiro de um programa
file-part-Suggestions = as sugestões de um programa
file-part-Unplaced = um trecho de texto ainda não posicionado
file-part-Picture = uma imagem (logotipo ou foto de capa)
file-part-Recovery = a cópia do trabalho não salvo
file-part-other = uma parte do arquivo
load-missing-field = falta o campo obrigatório `{ $field }`
load-unknown-field = `{ $field }` não é um campo que o Carta conheça aqui
load-unknown-value = “{ $value }” não é um dos valores que o Carta conhece aqui
load-unclosed-text = um texto entre aspas nunca é fechado; o arquivo pode ter sido cortado
load-unclosed = uma lista ou um grupo nunca é fechado; o arquivo pode ter sido cortado
load-missing-comma = falta uma vírgula aqui
load-missing-colon = faltam os dois-pontos (:) aqui
load-expected-text = era esperado aqui um texto entre aspas
load-expected-number = era esperado aqui um número
load-expected-yes-no = era esperado aqui true ou false
load-unexpected-char = “{ $char }” não era esperado aqui
load-trailing-text = há mais texto depois do fim do perfil
load-syntax = não é assim que um perfil do Carta se escreve neste ponto
load-duplicate-language = este texto traz “{ $lang }” duas vezes; mantenha só um
load-duplicate-field = `{ $field }` está escrito duas vezes neste grupo; mantenha só um
load-text-too-long = este texto é mais longo do que um texto de perfil pode ser ({ $limit } caracteres)
load-number-out-of-range = este número é grande ou pequeno demais para este campo
load-wrong-value = este valor não é do tipo que este campo aceita
load-wrong-length = esta lista tem { $count } itens, não o número que este campo aceita
load-expected-option = era esperado aqui Some(…) ou None
load-expected-list = era esperada aqui uma lista entre [ ]
load-expected-map = eram esperados aqui textos entre {"{"} {"}"}, como {"{"}"pt": "…"{"}"}
load-expected-group = era esperado aqui um grupo entre ( )

## Por que um salvamento falhou. A mensagem vem depois de “ARQUIVO: ”.
save-serialize = não é possível converter o perfil em texto: { $reason }
save-create-folder = não é possível criar a pasta: { $reason }
save-create-temporary = não é possível criar um arquivo novo em { $folder }: { $reason }
save-permissions = não é possível definir as permissões do arquivo: { $reason }
save-write = não é possível gravar o arquivo: { $reason }
save-keep-backup = não é possível manter a versão anterior como .bak: { $reason }
save-replace = não é possível substituir o arquivo: { $reason }
save-too-large = o perfil ficaria grande demais para o Carta abri-lo de novo: { $reason }
io-not-found = o arquivo ou a pasta dele não existe (pode ter sido movido, renomeado ou excluído)
io-permission-denied = este computador não permite usá-lo aqui (consulte quem o administra ou escolha outro local)
io-is-folder = é uma pasta, não um arquivo
io-not-a-file = não é um arquivo comum (é um dispositivo ou um pipe), por isso o Carta não o usa
io-disk-full = o disco está cheio; libere espaço e tente de novo
io-read-only = neste local só é possível ler, não gravar
io-read-only-file = o arquivo está marcado como somente leitura, por isso o Carta o deixa como está; salve com outro nome ou remova a marca nas propriedades do arquivo
io-name-too-long = o nome do arquivo é longo demais para este disco; escolha um mais curto
io-in-the-way = já existe ali algo com esse nome, que impede a gravação
io-not-a-folder = parte do caminho é um arquivo, não uma pasta
io-in-use = outro programa está com o arquivo aberto e não permite substituí-lo; feche-o lá (um documento aberto no Word, uma pasta em sincronização) e salve de novo, ou salve com outro nome
io-too-large = tem { $megabytes } MB, mais do que um perfil pode ter ({ $limit } MB)
dialog-unavailable = O Carta não conseguiu mostrar a caixa de diálogo de arquivos do sistema: este computador não tem nem portal da área de trabalho nem zenity.
default-file-name = perfil
alert-changes-kept = As suas alterações continuam aqui, sem salvar. Use Arquivo > Salvar como para guardá-las em outro local.

## O que a importação de uma página da campanha não conseguiu posicionar. Os títulos entre aspas são os da própria página.
import-at-line = linha { $line }: { $note }
import-no-title = A página não tem linha de título; o nome da cidade fica vazio.
import-not-placed = ainda não posicionado, guardado em Verificação ▸ Ainda não posicionado: “{ $text }”
import-twice = “{ $heading }” aparece duas vezes; a segunda também é lida
import-missing = A página não tem “{ $heading }”; essa parte fica vazia.
import-ends-mid-sentence = a página parece terminar no meio de uma frase; confira o fim do texto
import-no-year = não há ano em “{ $value }”; o ano de adesão fica vazio
import-prose-before-questions = o texto antes da primeira pergunta da visão foi mantido como a visão em texto corrido
import-text-between-aims = o texto entre os objetivos foi acrescentado ao último objetivo: “{ $text }”
import-found-by-shape = não há título “{ $heading }”: pela forma, considera-se que essa seção começa aqui; confira onde ela começa
import-too-long = { $count ->
    [one] { $count } texto é mais longo do que um texto de perfil pode ser: ele é cortado no fim de uma frase, e o resto fica em Verificação ▸ Ainda não posicionado
   *[other] { $count } textos são mais longos do que um texto de perfil pode ser: cada um é cortado no fim de uma frase, e o resto fica em Verificação ▸ Ainda não posicionado
}
import-item-before-first-area = um item antes da primeira área de política numerada virou um programa do catálogo, sem área

## A linha de comando.
cli-ok = ok
cli-imported = { $areas } áreas de política, { $programs } programas
cli-no-such-language = aviso: o perfil não tem textos em “{ $lang }”; gravando o idioma principal ({ $main })
cli-campaign-headings = nota: a página da campanha é publicada em inglês, espanhol ou francês; os títulos dela são escritos em inglês sobre os textos em { $lang }
cli-output-failed = carta: não foi possível gravar a saída: { $reason }
cli-standard-input = entrada padrão
cli-output-is-input = esta é a página que está sendo importada; escolha outro nome para o perfil
cli-export-over-profile = este é o perfil que está sendo exportado; gravar a exportação nele o substituiria. Escolha outro nome
import-suggestions = O Carta leu tipos e públicos-alvo nas palavras dos programas. Aceite ou rejeite cada sugestão (as que ficarem em aberto aguardam no editor de cada programa):
suggestion-yes = Aceitar
suggestion-no = Rejeitar
suggestion-accept = Aceitar as sugestões para { $program }
suggestion-reject = Rejeitar as sugestões para { $program }
cli-library-count = { $profiles ->
    [one] { $profiles } perfil
   *[other] { $profiles } perfis
}, { $programs ->
    [one] { $programs } programa
   *[other] { $programs } programas
}
cli-library-found = { $programs ->
    [one] { $programs } programa
   *[other] { $programs } programas
} em { $cities ->
    [one] { $cities } cidade
   *[other] { $cities } cidades
}
cli-unknown-group = “{ $group }” não é um público-alvo que o Carta conheça (tente “Migrantes” ou “Pessoas idosas”)
cli-unknown-region = “{ $region }” não é uma das regiões da campanha (tente “Europa” ou “América Latina”)
