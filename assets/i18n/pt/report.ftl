## O relatório anual: o que a câmara municipal e a campanha leem sobre um ano.

report-title = { $city }: relatório de direitos humanos { $year }
report-adopted = Aprovado pela câmara municipal em { $date }.
report-introduction = Introdução
report-summary = { $year } em números
report-programs = { $count ->
    [one] { $count } programa público
   *[other] { $count } programas públicos
}
report-valued = { $valued } de { $count } indicadores têm valor para { $year }
report-reviewed = { $reviewed } de { $count } programas avaliados
report-reached = { $count } pessoas alcançadas em { $year }
report-budget-caption = Orçamento { $year }: previsto e executado
report-col-currency = Moeda
report-col-planned = Previsto
report-col-spent = Executado
report-col-share = Execução
report-col-latest = Último valor
report-col-rating = Classificação
report-col-people = Pessoas alcançadas
report-spent-unreported = { $count ->
    [one] O gasto de { $count } linha de orçamento ainda não foi informado; acima, ela conta como nada executado.
   *[other] O gasto de { $count } linhas de orçamento ainda não foi informado; acima, elas contam como nada executado.
}
report-by-area = Progresso por área de política
report-other-programs = Outros programas
report-rating = { $rating } ({ $year })
report-not-reviewed = Ainda sem avaliação de { $year }.
report-program-reached = Pessoas alcançadas em { $year }: { $count }
report-indicator = Indicador
report-goals = Os Objetivos de Desenvolvimento Sustentável
report-goals-intro = Objetivo por objetivo, à maneira de uma Revisão Local Voluntária: os programas que contribuem para ele, os seus indicadores e os seus recursos.
report-rights = Direitos humanos, artigo por artigo
report-served-by = Programas
report-indicators = Indicadores
report-consultations = Consultas públicas
report-annex = Anexo de dados
report-annex-indicators = Todos os indicadores até { $year }
report-sheet-reviews = Avaliações
report-format-pdf = Relatório anual (PDF)…
report-format-html = Relatório anual (página web)…
report-format-xlsx = Dados do relatório anual (planilha)…
dialog-export-report = Exportar o relatório anual
status-report-written = O relatório anual de { $year } foi gravado em { $path }.
report-workbook-failed = Não foi possível criar a planilha ({ $reason }).
