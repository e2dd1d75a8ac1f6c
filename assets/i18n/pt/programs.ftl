# O painel Programas: a tabela do catálogo, a barra de ferramentas e o editor de programas.

## Tabela e barra de ferramentas
column-title = Título
column-kind = Tipo
column-status = Situação
column-unit = Unidade responsável
column-groups = Grupos
column-rights = Direitos
column-sdgs = ODS
sort-by = Ordenar por { $column }
catalogue-empty = O catálogo está vazio: adicione o primeiro programa da cidade.
untitled-program = (sem título)
search = Pesquisar
search-hint = Qualquer palavra de qualquer texto
programs-shown = { $shown } de { $total } exibidos
program-add = ➕ Adicionar
program-duplicate = Duplicar
program-delete = { $count ->
    [0] 🗑 Excluir
    [one] 🗑 Excluir
   *[other] 🗑 Excluir { $count }
}
undo-hint = Desfaça com Ctrl+Z
tag-selected = { $count ->
    [0] Etiquetar seleção
   *[other] Etiquetar seleção ({ $count })
}
field-target-group = Público-alvo
tag-right = Direito (artigo da DUDH)
tag-sdg = Objetivo de Desenvolvimento Sustentável
tag-area = Área de política
filter-show = Mostrar
filter-group = Grupo
filter-right = Direito
filter-area = Área
filter-clear = Limpar filtros
filter-all = { $name }: qualquer
filter-everything = Tudo
filter-by = Filtrar por { $name }

## Editor
editor-close = ✖ Fechar
editor-close-hint = Fechar o editor; a tabela ganha espaço
editor-many-selected = { $count } programas estão selecionados. Use “Etiquetar seleção” acima para atribuir a todos de uma vez um grupo, um direito, um objetivo, uma situação ou uma área de política.
editor-choose = Escolha um programa na tabela, ou adicione um.
program-from = de { $city }
field-responsible-unit = Unidade responsável
field-start = Início
field-end = Fim
field-visibility = Visibilidade
visibility-public = Público
visibility-internal = Interno (nunca publicado)
field-description = Descrição
section-areas = Áreas de política
section-partners = Parceiros
section-rights = Direitos tratados (Declaração Universal dos Direitos Humanos) — { $count } escolhidos
section-sdgs = Objetivos de Desenvolvimento Sustentável — { $count } escolhidos
sdg-number = ODS { $number }
section-indicators = Indicadores
section-budget = Orçamento
section-beneficiaries = Beneficiários
section-evidence = Evidências
group-another = Outro grupo:
group-add = Adicionar grupo
partner-add = ➕ Adicionar um parceiro
partner-remove = Remover o parceiro { $number }
partner-name = Nome do parceiro { $number }
partner-name-hint = Organização
partner-role = Papel do parceiro { $number }
partner-role-hint = Papel, ex.: cofinanciamento
moment-hint = 2024 ou 15/03/2024
moment-invalid = Escreva um ano (2024) ou uma data (15/03/2024).
sdg-targets = Metas dos ODS:
sdg-target-remove = Remover esta meta
sdg-target-hint = ex.: 10.2
sdg-target-new = Nova meta de ODS
sdg-target-add = Adicionar meta
indicator-name = Nome do indicador { $number }
indicator-name-hint = O que é medido
indicator-remove = Remover o indicador { $number }
indicator-unit = Unidade do indicador { $number }
indicator-unit-label = Unidade de medida
indicator-unit-hint = %, pessoas, dias…
indicator-baseline = Linha de base
indicator-baseline-of = Linha de base do indicador { $number }
indicator-target = Meta
indicator-target-of = Meta do indicador { $number }
indicator-add = ➕ Adicionar um indicador
indicator-kind-of = Tipo do indicador { $number }
indicator-kind-Structural = Estrutural
indicator-kind-Process = De processo
indicator-kind-Outcome = De resultado
measurement-measured = Medido em
measurement-value-label = valor
measurement-year = Ano da medição { $nth } do indicador { $number }
measurement-value = Valor da medição { $nth } do indicador { $number }
measurement-remove = Remover a medição { $nth }
measurement-add = ➕ Adicionar uma medição
progress-incomplete = O progresso aparece quando a linha de base, a meta e uma medição estiverem definidas.
budget-add = ➕ Adicionar uma linha de orçamento
budget-remove = Remover a linha de orçamento { $number }
budget-year = Ano da linha de orçamento { $number }
budget-amount = Valor da linha de orçamento { $number }
budget-currency = Moeda da linha de orçamento { $number }
beneficiaries-add = ➕ Adicionar beneficiários
beneficiaries-remove = Remover os beneficiários { $number }
beneficiaries-count = Número de beneficiários { $number }
beneficiaries-people-in = pessoas em
beneficiaries-year = Ano dos beneficiários { $number }
evidence-add = ➕ Adicionar uma evidência
evidence-remove = Remover a evidência { $number }
evidence-title = Título da evidência { $number }
evidence-link = Link da evidência { $number }
evidence-link-hint = https://… ou um arquivo ao lado do perfil
open-in-browser = Abrir no navegador
indicator-progress = de { $baseline } a { $latest }, meta { $target } { $unit } ({ $percent }%)
suggestions-accept = Aceitar as sugestões
suggestions-reject = Rejeitá-las
suggestions-accept-all = Aceitar todas as sugestões
suggestions-reject-all = Rejeitar todas as sugestões

## O seletor de artigos e objetivos
picker-add-article = Adicionar um artigo
picker-add-goal = Adicionar um objetivo
picker-hint = uma palavra ou um número
picker-done = Concluído
picker-remove = Remover { $item }
picker-nothing = Nenhum resultado.
program-delete-none = Escolha programas na tabela para excluí-los.
tag-selected-none = Marque programas na tabela (Ctrl+clique, Shift+clique) para etiquetá-los juntos.
program-duplicate-none = Escolha um programa na tabela para duplicá-lo.
budget-year-label = Ano
budget-amount-label = Valor
budget-currency-label = Moeda
table-row = { $title }, tipo { $kind }, situação { $status }
