# Palavras sobre o próprio perfil: nomes dos campos, apontamentos do painel
# Verificação e o que o Carta acrescenta aos slides e às exportações.

## Idiomas, como idiomas de conteúdo de um perfil
language-en = inglês
language-es = espanhol
language-fr = francês

## Rótulos dos campos (também aonde o painel Verificação leva)
field-city-name = Nome da cidade
field-qualifier = Complemento
field-country = País
field-region = Região
field-government = Tipo de governo
field-population = Faixa populacional
field-joined = Ano de adesão
field-leader = Dirigente
field-leader-title = Cargo do dirigente
field-mandate = Mandato
field-vision-text = Texto da visão
field-introduction = Introdução
field-aims = Objetivos
field-closing = Conclusão
field-area-title = Título da área
field-area-description = Descrição da área
field-title = Título
field-summary = Resumo
field-rights = Direitos
field-target-groups = Públicos-alvo
area-add-program = Adicionar um programa

## Nomes usados nas mensagens
area-numbered = Área de política { $number }
area-titled = A área de política “{ $text }”
program-numbered = Programa nº { $id }
## O mesmo, como sujeito de uma frase do painel Verificação.
area-numbered-subject = A área de política { $number }
program-numbered-subject = O programa nº { $id }
quoted = “{ $text }”
place-in-area = { $field } da área de política { $number }
place-in-program = { $field } do programa nº { $id }

## Os apontamentos do painel Verificação
severity-error = erro
severity-warning = aviso
check-empty = { $field }: em branco.
check-not-set = { $field }: sem informação.
check-joined-early = O ano de adesão é { $year }, antes do início da campanha em { $first }.
check-mandate-reversed = O mandato termina ({ $end }) antes de começar ({ $start }).
check-vision-empty = A visão está vazia.
check-unanswered = Sem resposta para “{ $question }”
check-no-introduction = As motivações não têm introdução.
check-no-aims = As motivações não listam nenhum objetivo.
check-area-untitled = { $area } não tem título.
check-area-empty = { $area } não apresenta nenhum programa.
check-area-dangling = { $area } remete ao programa nº { $id }, que não está no catálogo.
check-program-no-right = { $program } não trata de nenhum direito.
check-program-no-group = { $program } não indica nenhum público-alvo.
check-untranslated = { $field }: sem texto em { $language }.
check-joined-late = O ano de adesão é { $year }, o que não pode estar certo: a campanha vai até { $goal }.
check-language-empty = Um idioma de conteúdo tem o código vazio.
check-language-unknown = “{ $code }” não é um código de idioma (como en, es ou fr).
check-language-twice = O idioma de conteúdo “{ $code }” aparece duas vezes.
check-area-all-internal = { $area } apresenta apenas programas internos: ficará vazia nos slides e em tudo o que for publicado.
check-next-id = O próximo programa novo receberia o nº { $next }, mas um programa já tem o nº { $highest }; o Carta passa o contador para depois desse número ao abrir o arquivo.
check-duplicate-id = { $count } programas compartilham o nº { $id }: dê a cada um o seu, senão os links e as seleções os confundem.
check-no-such-article = { $program } cita o artigo { $article }, mas a Declaração Universal tem os artigos 1 a 30.
check-no-such-goal = { $program } cita o objetivo { $goal }, mas há 17 Objetivos de Desenvolvimento Sustentável.
check-impossible-date = { $program } tem a data { $date }, que não existe em nenhum calendário.
check-not-a-number = { $program }: o indicador { $number } tem um valor que não é um número.
check-bad-budget = { $program }: a linha de orçamento { $number } é negativa ou não é um número.

## O que o Carta escreve nos slides
slide-since = Cidade de Direitos Humanos desde { $year }
slide-fact = { $label }: { $value }
slide-population = População
slide-joined = Adesão à campanha
slide-city = A cidade
slide-vision = Nossa visão
slide-motivations = Por que aderimos à campanha
slide-continued = { $heading } (continuação)
slide-sdg = ODS { $number } · { $name }
slide-rights = Direitos abordados pelos nossos programas
slide-groups = Quem os nossos programas atendem
slide-goals = Objetivos de Desenvolvimento Sustentável que os nossos programas promovem
slide-review = Balanço de { $year }
slide-review-rated = { $rating }: { $count ->
    [one] um programa
   *[other] { $count } programas
}
slide-review-reached = Pessoas alcançadas: { $count }
slide-review-money = { $currency }: previsto { $planned }, executado { $spent }
slide-review-programs = Nossos programas em { $year }
slide-review-program = { $program } — { $rating }
slide-review-indicator = { $program }: { $indicator }
slide-thanks = Agradecemos

## O que o Carta escreve nas exportações
export-joined = Ano de adesão à campanha
export-vision = Visão
export-motivations = Motivações
export-policies = Políticas, mecanismos e programas locais de direitos humanos
export-catalogue = Catálogo de programas
export-rights = Direitos (artigos da DUDH)
export-goals = Objetivos de Desenvolvimento Sustentável
export-origin = Aprendido com

## O que o Carta escreve em um perfil
new-program = Novo programa
program-copy = { $title } (cópia)
check-unplaced = O texto da linha { $line } da página importada ainda não foi posicionado: “{ $text }”
unplaced-numbered = texto não posicionado { $number }
check-suggested = { $program }: o Carta sugere { $suggestions } a partir das palavras do programa; aceite ou rejeite as sugestões no editor dele.
suggested-kind = tipo “{ $kind }”
suggested-groups = públicos-alvo { $groups }
field-suggestions = Sugerido a partir da página
slide-policies = Nossas políticas
