## O painel Ano: os números de um ano, digitados como numa planilha.

panel-year = Ano
panel-year-subtitle = Reúna os números do ano: o valor de cada indicador, o dinheiro gasto, as pessoas alcançadas.
year-year = Ano
year-unit = Unidade responsável
year-unit-all = Todas as unidades
year-missing = Só o que falta neste ano
year-tab-indicators = Indicadores
year-tab-budget = Orçamento executado
year-tab-beneficiaries = Pessoas alcançadas
year-col-program = Programa
year-col-indicator = Indicador
year-col-unit = Unidade
year-col-reporter = Informado por
year-col-baseline = Linha de base
year-col-last = Último valor
year-col-target = Meta
year-col-currency = Moeda
year-col-planned = Previsto
year-col-executed = Executado em { $year }
year-col-reached = Alcançadas em { $year }
year-col-value = Valor em { $year }
year-value-name = { $indicator } ({ $program }) em { $year }
year-executed-name = Executado por { $program } em { $year } ({ $currency })
year-reached-name = Pessoas alcançadas por { $program } em { $year }
year-not-a-number = “{ $text }” não é um número: não foi guardado.
year-count = { $count ->
    [one] { $count } linha
   *[other] { $count } linhas
}
year-none = Nada a listar: nenhum programa tem dados para este ano, ou os filtros não deixam nenhum.
year-keys = Tab vai para a próxima célula, Enter para a linha de baixo; uma célula vazia remove o valor.
year-kept-breakdown = Esse valor tem uma desagregação ou uma nota, por isso foi mantido: remova-o no editor do programa.

## O que um indicador registra ao longo dos anos.

indicator-source = Fonte do indicador { $number }
indicator-source-label = Fonte
indicator-source-hint = registro municipal, pesquisa…
indicator-reporter = Indicador { $number }: informado por
indicator-reporter-label = Informado por
indicator-reporter-hint = uma unidade ou uma pessoa
indicator-target-year = Ano da meta do indicador { $number }
indicator-frequency = Frequência do indicador { $number }
frequency-Yearly = Anual
frequency-TwiceAYear = Semestral
frequency-Quarterly = Trimestral
dimension-Sex = Sexo
dimension-AgeGroup = Faixa etária
dimension-Disability = Deficiência
dimension-MigrationStatus = Situação migratória
dimension-District = Distrito
indicator-breakdown-label = Desagregado por
indicator-breakdown-by = Indicador { $number } desagregado por { $dimension }
dimension-own = Indicador { $number }: uma desagregação própria da cidade, { $nth }
dimension-own-hint = própria da cidade, ex.: conselho de bairro
dimension-own-remove = Indicador { $number }: remover a desagregação por { $name } ({ $nth })
dimension-own-add = ➕ Desagregação própria
dimension-unnamed = (sem nome)
measurement-note-label = Nota
measurement-note-hint = de onde vem o número, o que ele deixa de fora
measurement-note = Indicador { $number }, medição { $nth }: nota
part-category-hint = mulheres, 65 anos ou mais…
part-add = ➕ Valor por categoria
measurement-owner = Indicador { $number }, medição { $nth }
beneficiaries-owner = Beneficiários { $number }
part-dimension = { $owner }, parcela { $part }: desagregada por
part-category = { $owner }, parcela { $part }: categoria
part-value = { $owner }, parcela { $part }: valor
part-remove = Remover { $owner }, parcela { $part }
part-add-to = { $owner }: adicionar um valor por categoria
dimension-own-add-to = Indicador { $number }: adicionar uma desagregação própria

## A avaliação anual de um programa.

section-reviews = Avaliações anuais
review-add = ➕ Adicionar avaliação
review-remove = Remover a avaliação { $number }
review-year = Ano da avaliação { $number }
review-rating = Classificação da avaliação { $number }
review-achieved = Avaliação { $number }: o que foi alcançado
review-difficulties = Avaliação { $number }: dificuldades
review-next-steps = Avaliação { $number }: próximos passos
review-achieved-label = O que foi alcançado
review-difficulties-label = Dificuldades
review-next-steps-label = Próximos passos
rating-OnTrack = No rumo certo
rating-SomeProgress = Algum progresso
rating-OffTrack = Fora do rumo
rating-NotStarted = Não iniciado
rating-NoData = Sem dados

## O que a Verificação diz que ainda falta no ano.

check-indicator-unjudged = { $program }: o indicador { $number } é medido, mas não tem linha de base ou meta com que avaliá-lo.
check-overspent = { $program }: em { $year } foi executado mais do que o previsto; explique o motivo em Dificuldades, na avaliação desse ano.
check-no-review = { $program } ainda não tem avaliação de { $year }.
check-no-currency = A linha de orçamento { $number } de { $program } não tem moeda: os seus valores são somados à parte de todos os outros.

## A aba Progresso do painel Ano e os gráficos que todas as telas desenham.

year-tab-progress = Progresso
chart-baseline = Linha de base
chart-target = Meta
chart-no-values = Ainda sem valores
progress-summary = { $programs } programas públicos · { $valued } de { $indicators } indicadores têm valor para { $year } · { $reviewed } programas avaliados
progress-budget = Orçamento previsto e executado, ano a ano ({ $currency })
progress-budget-key = Barra clara: previsto; barra escura: executado. Valores: executado / previsto.
progress-budget-sdg = { $year } por Objetivo de Desenvolvimento Sustentável ({ $currency })
progress-budget-right = { $year } por artigo da Declaração Universal ({ $currency })
progress-budget-group = { $year } por público-alvo ({ $currency })
progress-sdg = ODS { $goal }
progress-article = Artigo { $article }
progress-reached = Pessoas alcançadas, ano a ano
progress-missing = O que falta para { $year }
progress-nothing-missing = Não falta nada para { $year }: todos os indicadores têm valor e todos os programas, uma avaliação.
progress-missing-values = { $count ->
    [one] { $count } indicador não tem valor para { $year }:
   *[other] { $count } indicadores não têm valor para { $year }:
}
progress-missing-reviews = { $count ->
    [one] { $count } programa não tem avaliação de { $year }:
   *[other] { $count } programas não têm avaliação de { $year }:
}
progress-missing-breakdowns = { $count ->
    [one] { $count } valor não tem a desagregação pedida:
   *[other] { $count } valores não têm a desagregação pedida:
}
progress-more = … e mais { $count }
progress-changes = O que mudou desde { $previous }
progress-change-value = { $indicator } ({ $program }): { $before } → { $after }
progress-change-rating = { $program }: { $before } → { $after }
progress-no-changes = Ainda não há nada para comparar com { $previous }.
progress-programs = Programas e os seus indicadores
progress-not-reviewed = sem avaliação de { $year }
progress-in-slides = Terminar os slides com o balanço de { $year }
progress-record = O texto próprio do relatório de { $year }
progress-record-hint = O que o relatório anual diz antes dos números: a introdução do ano, as consultas públicas realizadas e quando a câmara municipal aprovou a avaliação.
progress-introduction = Introdução ao relatório do ano
progress-adopted = Aprovado pela câmara municipal em
progress-consultations = Consultas públicas
progress-consultation-when = Data da consulta
progress-consultation-who = Quem participou (consulta { $number })
progress-consultation-outcome = Resultado (consulta { $number })
progress-consultation-remove = Remover a consulta { $number }
progress-consultation-add = ➕ Adicionar consulta
progress-consultation-who-label = Quem participou
progress-consultation-outcome-label = Resultado
check-parts-sum = { $program }: a desagregação do indicador { $number } em { $year } não soma o seu valor.
