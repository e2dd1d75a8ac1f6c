# Comparar, versões e mesclar: como as alterações são descritas.

## Onde está uma alteração
change-field-name = Nome
change-field-qualifier = Complemento
change-field-country = País
change-field-region = Região
change-field-government = Tipo de governo
change-field-population = Faixa populacional
change-field-joined = Ano de adesão
change-field-leader = Dirigente
change-field-title = Título
change-field-mandate = Mandato
change-field-logo = Logotipo
change-field-cover = Foto de capa
change-field-prose = Texto da visão
change-field-answers = Respostas
change-field-form = Forma
change-field-introduction = Introdução
change-field-aims = Objetivos
change-field-closing = Conclusão
change-field-areas = Área
change-field-description = Descrição
change-field-programs = Programas
change-field-notes = Notas do apresentador
change-field-summary = Resumo
change-field-kind = Tipo
change-field-status = Situação
change-field-start = Início
change-field-end = Fim
change-field-responsible-unit = Unidade responsável
change-field-partners = Parceiro
change-field-role = Papel
change-field-target-groups = Públicos-alvo
change-field-rights = Direitos
change-field-sdgs = ODS
change-field-sdg-targets = Metas dos ODS
change-field-indicators = Indicador
change-field-unit = Unidade de medida
change-field-baseline = Linha de base
change-field-target = Meta
change-field-measurements = Medição
change-field-value = Valor
change-field-budget = Orçamento
change-field-amount = Valor
change-field-currency = Moeda
change-field-beneficiaries = Beneficiários
change-field-count = Número
change-field-evidence = Evidência
change-field-link = Link
change-field-visibility = Visibilidade
change-field-origin = Copiado de
change-field-suggested = Sugerido pela página
change-field-languages = Idiomas do conteúdo
change-field-own-target-groups = Públicos-alvo próprios da cidade
change-field-unplaced = Texto ainda não posicionado
change-field-next-program-id = Próximo número de programa
change-field-format-version = Formato do arquivo

## Alterações descritas
change-section-other = Perfil
change-program = Programa nº { $number } “{ $title }”
change-catalogue-order = ordem do catálogo alterada
change-order = ordem
change-item-named = “{ $name }”
change-picture = uma imagem
change-section-edited = { $section }: com alterações
change-programs-changed = { $count ->
    [one] { $count } programa alterado
   *[other] { $count } programas alterados
}
change-programs-added = { $count ->
    [one] { $count } programa adicionado
   *[other] { $count } programas adicionados
}
change-programs-deleted = { $count ->
    [one] { $count } programa excluído
   *[other] { $count } programas excluídos
}
change-none = nenhuma alteração

## Mesclar na linha de comando
cli-merge-no-output = carta: indique onde gravar a mesclagem com -o ARQUIVO (ou execute como driver de merge do git com --git-driver).
cli-merge-unreadable = carta: não foi possível reler o perfil mesclado; nada foi gravado.
cli-merge-nothing = (nada)
cli-merge-conflict = { $place }: meu { $mine } / deles { $theirs }

## Comparar com um arquivo, mesclar a cópia de um colega
command-compare-with = Comparar com…
command-merge-copy = Mesclar cópia de colega…
dialog-compare-with = Comparar com outro perfil
dialog-merge-copy = Mesclar a cópia de um colega
compare-with-title = O seu perfil e { $name }
compare-same = Os dois perfis têm o mesmo conteúdo.
compare-count = { $count ->
    [one] { $count } diferença
   *[other] { $count } diferenças
}
compare-show = Mostrar:
compare-before = O seu:
compare-after = { $name }:
merge-title = Mesclar { $name }
merge-other-profile = Esta cópia é de outro perfil (de outra cidade, ou iniciado à parte): cada diferença é uma escolha.
merge-no-base = Nenhuma versão da qual as duas cópias partiram está guardada neste computador: cada campo que vocês têm de forma diferente é uma escolha; o que só uma cópia tem é mantido.
merge-summary = { $taken ->
    [one] { $taken } alteração do colega incorporada
   *[other] { $taken } alterações do colega incorporadas
}; { $conflicts ->
    [0] nada a decidir.
    [one] 1 campo que vocês dois alteraram de formas diferentes:
   *[other] { $conflicts } campos que vocês dois alteraram de formas diferentes:
}
merge-renumbered = { $count ->
    [one] { $count } programa que vocês dois adicionaram recebeu um novo número.
   *[other] { $count } programas que vocês dois adicionaram receberam novos números.
}
merge-all-mine = Manter todos os meus
merge-all-theirs = Aceitar todos os do colega
merge-keep-mine = Meu: { $value }
merge-take-theirs = Do colega: { $value }
merge-apply = Mesclar
merge-failed = Não foi possível mesclar a cópia
merge-same-file = Este é o arquivo aberto agora: escolha a cópia do seu colega.
status-merged = { $name } mesclado: { $taken } alterações incorporadas, { $settled } decididas por você. Desfaça com Ctrl+Z.

## Histórico de versões
command-version-history = Histórico de versões…
history-title = Histórico de versões
history-your-name = O seu nome, mostrado ao lado das versões que você salvar:
history-your-name-hint = ex.: Lúcia Pereira
history-empty = Nenhuma versão guardada ainda: a partir de agora, cada salvamento guarda uma.
history-changes = O que mudou
history-compare-now = Comparar com a atual
history-restore = Restaurar esta versão
history-kept = { $count } versões de { $profiles ->
    [one] { $profiles } perfil
   *[other] { $profiles } perfis
} guardadas, { $megabytes } MB, em { $folder }. Todas as versões do último dia, uma por dia durante um mês, uma por mês depois disso.
history-version-of = a versão de { $when }
history-before = Antes:
history-after = Depois:
status-version-restored = A versão de { $when } voltou, como uma nova alteração: desfaça com Ctrl+Z.
status-versions-failed = Salvo, mas esta versão não pôde ser guardada no histórico: { $reason }
history-first-kept = a primeira versão guardada aqui
history-close = Fechar
compare-go-to = Ir para este campo
merge-work-changed = O perfil mudou enquanto você escolhia (chegou uma imagem): nada foi mesclado. Mescle a cópia de novo.
status-first-version = Esta é a primeira versão guardada aqui: não há nenhuma anterior para comparar.
merge-shared-ids = Dois programas de uma das cópias têm o mesmo número, então não é possível distingui-los: dê a cada um o seu próprio número nessa cópia (a Verificação os indica) e mescle de novo.
merge-not-a-number = { $program } contém um número que não é um número (um “NaN” ou “inf” editado à mão), então as cópias não podem ser comparadas campo a campo: corrija-o nessa cópia (a Verificação o indica) e mescle de novo.
history-compare-two = Comparar as duas
history-compare-two-hint = Escolha uma versão e depois outra com Ctrl+clique.
history-version-label = { $when }:
