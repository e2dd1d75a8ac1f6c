# Os painéis do formulário.

## Títulos e subtítulos
panel-city = Cidade
panel-city-subtitle = Quem é a cidade: os dados do topo do perfil da campanha.
panel-vision = Visão
panel-vision-subtitle = A visão da cidade como Cidade ou Território de Direitos Humanos.
panel-motivations = Motivações
panel-motivations-subtitle = Por que a cidade aderiu à campanha e o que ela pretende alcançar.
panel-policies = Políticas
panel-policies-subtitle = As áreas de política numeradas e os programas que cada uma apresenta.
panel-programs = Programas
panel-programs-subtitle = O catálogo de programas municipais por trás do perfil.
panel-overview = Panorama
panel-overview-subtitle = Quais direitos, grupos e objetivos o catálogo cobre, e quais deixa de fora.
panel-check = Verificação
panel-check-subtitle = O que ainda falta ou está errado no formulário da campanha.

## Palavras comuns dos campos
not-set = Não definido
other = Outro…
other-hint = Escreva aqui
translate-source-empty = (vazio no idioma principal)

## Cidade
city-name-hint = ex.: San Antonio
qualifier-hint = ex.: Chile
qualifier-explained = Exibido entre parênteses depois do nome, como em “San Antonio (Chile)”.
leader-title-hint = ex.: Prefeito
mandate-years = De um ano a outro
mandate-words = Por extenso
mandate-start = Início do mandato
mandate-end = Fim do mandato
mandate-to = a
mandate-reversed = O mandato termina antes de começar.
mandate-in-words = Mandato por extenso

## Visão
vision-form = Escrever a visão como
vision-form-prose = Texto corrido
vision-form-questions = Respostas às perguntas da campanha
vision-hint = As duas formas ficam guardadas no arquivo; o perfil mostra a que for escolhida aqui. Deixe uma linha em branco entre parágrafos; comece uma linha com “- ” para fazer uma lista.

## Motivações
aim = Objetivo { $number }
aim-up = Subir o objetivo { $number }
aim-down = Descer o objetivo { $number }
aim-remove = Remover o objetivo { $number }
aim-add = ➕ Adicionar um objetivo

## Políticas
policies-introduction = Introdução às políticas
policies-choose = Escolha uma área de política à esquerda, ou adicione uma.
area-add = ➕ Adicionar área
area-new-title = Nova área de política
untitled-area = (sem título)
areas-none = Nenhuma área de política ainda.
area-remove = 🗑 Remover área
area-up = Subir a área
area-down = Descer a área
field-notes = Notas do apresentador
notes-hint = Mostradas só para você, no modo do apresentador; nunca para a plateia.
area-programs = Programas desta área
open-in-catalogue = Abrir no catálogo
program-missing = ⚠ O programa nº { $id } não está no catálogo
area-program-remove = Remover o programa { $number } da área
area-program-up = Subir o programa { $number }
area-program-down = Descer o programa { $number }
area-programs-none = Nenhum programa ainda: adicione um do catálogo abaixo.
choose-from-catalogue = Escolher do catálogo…
area-new-program = ➕ Novo programa aqui

## Verificação
check-nothing = Nada a corrigir: o perfil tem tudo o que o formulário da campanha pede.
check-to-correct = { $count } a corrigir
check-to-complete = { $count } a completar
check-click = Clique em um item para ir ao campo dele.

## Panorama
overview-total = { $count } programas no catálogo. Clique em uma barra para listar os programas dela.
overview-per-right = Programas por direito (artigo da DUDH)
overview-per-sdg = Programas por Objetivo de Desenvolvimento Sustentável
overview-per-group = Programas por público-alvo
overview-per-status = Programas por situação
programs-count = { $count ->
    [one] { $count } programa
   *[other] { $count } programas
}
overview-show = { $count ->
    [1] Mostrar este programa
   *[other] Mostrar estes programas
}
overview-gaps = Lacunas
overview-all-rights = Todos os artigos da Declaração Universal são tratados por pelo menos um programa.
overview-rights-gaps = { $count } artigos da Declaração Universal que nenhum programa trata:
article = Artigo { $number }
overview-all-groups = Todos os públicos-alvo são atendidos por pelo menos um programa.
overview-group-gaps = { $count } públicos-alvo que nenhum programa atende:

## Tradução
translating = Original: { $source }, à esquerda · Tradução: { $target }, à direita
unplaced-title = Ainda não posicionado ({ $count })
unplaced-how = Texto da página importada que o Carta não conseguiu posicionar. Coloque cada trecho no lugar dele, ou descarte-o; desfazer o traz de volta.
unplaced-line = Linha { $line } da página
unplaced-put = Colocar o texto { $number } em…
unplaced-let-go = Descartar o texto { $number }
place-in-vision = A visão (texto corrido)
place-in-answer-1 = A resposta à primeira pergunta da visão
place-in-answer-2 = A resposta à segunda pergunta da visão
place-in-introduction = A introdução das motivações
place-as-aim = Um novo objetivo das motivações
place-in-closing = A conclusão das motivações
place-in-policies = A introdução das políticas
place-as-program = Um novo programa do catálogo
