## As planilhas das unidades: os números de um ano pedidos a cada unidade
## responsável numa planilha, e lidos de volta.

sheets-name-about = Sobre
sheets-name-indicators = Indicadores
sheets-name-budget = Orçamento
sheets-name-people = Pessoas alcançadas
sheets-no-unit = Sem unidade
sheets-about-title = { $city }: dados de { $year }
sheets-about-unit = Para: { $unit }
sheets-about-fill = Preencha as células amarelas de cada aba com os números de { $year } e depois devolva a planilha como está (mesmo nome de arquivo, mesmas abas).
sheets-about-numbers = Digite só números, sem unidades nem palavras: 40, não “uns 40”. Deixe a célula vazia quando o número ainda não for conhecido.
sheets-about-notes = A coluna de notas serve para tudo o que o leitor deve saber sobre um número: como foi contado, por que falta ou está atrasado.
sheets-about-locked = As outras colunas (números, nomes, linhas de base e metas) estão bloqueadas: elas indicam ao perfil qual linha é qual.
sheets-about-return = As linhas são reconhecidas pelos números, então a ordem das linhas e o nome da planilha não importam.
sheets-head-program-number = Nº do programa
sheets-head-indicator-number = Nº do indicador
sheets-head-line-number = Nº da linha
sheets-head-program = Programa
sheets-head-indicator = Indicador
sheets-head-unit = Unidade
sheets-head-baseline = Linha de base
sheets-head-target = Meta
sheets-head-target-year = Ano da meta
sheets-head-last-value = Último valor
sheets-head-last-year = Do ano
sheets-head-value = Valor em { $year }
sheets-head-note = Nota sobre { $year }
sheets-head-currency = Moeda
sheets-head-planned = Previsto para { $year }
sheets-head-executed = Executado em { $year }
sheets-head-reached = Pessoas alcançadas em { $year }
sheets-validation-title = Um número, por favor
sheets-validation-message = Esta célula aceita só um número (sem palavras nem unidades). Deixe-a vazia quando o número não for conhecido.
sheets-sheet-named = aba { $name }

# O que não pôde ser usado, depois de "arquivo, aba S, D14: ".
sheets-too-big = o arquivo tem { $megabytes } MB; planilhas com mais de { $largest } MB não são lidas.
sheets-unreadable-file = não foi possível ler o arquivo ({ $reason }).
sheets-not-workbook = esta não é uma planilha que o Carta consiga ler: pode estar protegida por senha, danificada ou ser de outro tipo ({ $reason }).
sheets-not-carta = nenhuma aba deste arquivo foi escrita pelo Carta (falta a primeira linha oculta), por isso nada foi lido dele.
sheets-removed-indicators = a aba de indicadores foi removida desta planilha; os números dela não foram lidos.
sheets-removed-budget = a aba de orçamento foi removida desta planilha; os números dela não foram lidos.
sheets-removed-people = a aba de pessoas alcançadas foi removida desta planilha; os números dela não foram lidos.
sheets-other-profile = esta aba foi escrita para outro perfil; nada foi lido dela.
sheets-other-year = esta aba coleta { $year }, não { $expected }; nada foi lido dela.
sheets-strange-year = esta aba coleta o ano { $year }, que nenhum programa pode ter; nada foi lido dela.
sheets-no-program-number = a linha não tem número de programa, por isso não pode ser reconhecida.
sheets-no-item-number = a linha não tem número nesta coluna, por isso não pode ser reconhecida.
sheets-unknown-program = não há programa número { $number } neste perfil (foi excluído?).
sheets-unknown-item = não há item número { $number } neste programa (foi excluído?).
sheets-line-of-other-year = esta linha de orçamento agora é de { $year }; o número dela não foi usado.
sheets-given-twice = esta linha já foi informada em { $place }; a segunda não foi usada.
sheets-not-a-number = “{ $text }” não é um número.
sheets-a-date = { $text } é uma data, não um número (a célula está formatada como data).
sheets-cell-error = a célula mostra o erro { $text }.
sheets-negative = o valor gasto não pode ser negativo.
sheets-not-a-count = um número de pessoas é um número inteiro, 0 ou mais.
sheets-note-without-value = uma nota sem valor para o ano não tem a que se referir; não foi guardada.

# A janela e a linha de comando.
command-send-sheets = Enviar planilhas às unidades…
command-read-sheets = Ler planilhas devolvidas…
dialog-send-sheets = Escolha a pasta para as planilhas das unidades
dialog-read-sheets = Escolha as planilhas preenchidas (ou uma pasta com elas)
filter-sheets = Planilhas e CSV
status-sheets-written = { $count ->
    [one] { $count } planilha de { $year } gravada em { $folder }.
   *[other] { $count } planilhas de { $year } gravadas em { $folder }.
}
status-sheets-none = Não há nenhum programa público a que pedir números.
alert-sheets-failed = Não foi possível gravar as planilhas
sheets-read-title = Valores lidos de { $files ->
    [one] { $files } arquivo
   *[other] { $files } arquivos
}
sheets-read-changed = { $count ->
    [0] Nada a alterar: o perfil já contém todos os valores lidos.
    [one] Um valor muda. Confira-o e depois incorpore-o ao perfil.
   *[other] { $count } valores mudam. Confira-os e depois incorpore-os ao perfil.
}
sheets-read-problems = O que não pôde ser usado ({ $count }):
sheets-accept = Incorporar estes valores
status-sheets-taken = { $count ->
    [one] { $count } valor incorporado das planilhas (Ctrl+Z o desfaz).
   *[other] { $count } valores incorporados das planilhas (Ctrl+Z os desfaz).
}
cli-sheets-over-profile = este é o perfil no qual as planilhas são lidas; o resultado vai para um arquivo novo. Escolha outro nome
cli-sheets-read = { $files ->
    [one] { $files } arquivo lido
   *[other] { $files } arquivos lidos
}, { $count ->
    [one] { $count } valor alterado.
   *[other] { $count } valores alterados.
}
sheets-after = Das planilhas:
sheets-take-failed = Não foi possível incorporar os valores
sheets-work-changed = O perfil mudou enquanto as planilhas eram lidas: nada foi incorporado. Leia as planilhas de novo.
