# O painel Outras cidades: uma biblioteca de perfis de outras cidades.
panel-library = Outras cidades
panel-library-subtitle = Aprenda com outras cidades: pesquise os programas delas, compare-os com os seus e copie o que servir.
command-open-library = Abrir biblioteca…
dialog-open-library = Abrir uma pasta de perfis como biblioteca
alert-library-failed = Não foi possível abrir a biblioteca
list-and = e
library-none = Nenhuma biblioteca aberta. Uma biblioteca é uma pasta de perfis (.ron) e páginas da campanha (.txt) de outras cidades, em qualquer nível de subpastas: a pasta compartilhada dos membros da campanha ou as páginas que você reuniu. O Carta os lê e nunca os altera.
library-none-import = Arquivo ▸ Importar programas abre aqui um único perfil da mesma forma.
library-reading = Lendo { $done } de { $total } arquivos em { $folder }…
library-stop = Parar a leitura
library-heading = { $name }: { $profiles ->
    [one] { $profiles } perfil
   *[other] { $profiles } perfis
}, { $programs ->
    [one] { $programs } programa
   *[other] { $programs } programas
}
library-open-another = Abrir outra biblioteca…
library-problems = { $count ->
    [one] { $count } arquivo não pôde ser lido
   *[other] { $count } arquivos não puderam ser lidos
}
library-tab-search = Pesquisa
library-find = Procurar
library-tab-compare = Comparar ({ $count })
library-search-hint = Palavras em qualquer texto de qualquer programa
library-nothing-found = Nenhum programa corresponde. Tente menos palavras ou menos filtros.
library-copy-ticked = { $count ->
    [0] Copiar os programas marcados para o meu perfil
    [one] Copiar o programa marcado para o meu perfil
   *[other] Copiar os { $count } programas marcados para o meu perfil
}
library-copy-none = Marque programas na lista para copiá-los.
library-untick = Desmarcar todos
library-compare-city = Comparar
library-compare-this = Comparar { $city } com a minha cidade
library-compare-full = É possível comparar até três cidades de uma vez: primeiro remova uma da comparação.
library-remove-compare = Remover { $city } da comparação
library-tick = Marcar { $title } para copiá-lo
library-choose = Escolha um programa na lista para lê-lo aqui.
library-from = De { $city } · { $file }
library-copy-one = Copiar para o meu perfil
status-library-read = Biblioteca lida: { $profiles ->
    [one] { $profiles } perfil
   *[other] { $profiles } perfis
}, { $programs ->
    [one] { $programs } programa
   *[other] { $programs } programas
}{ $problems ->
    [0] .
    [one] ; { $problems } arquivo não pôde ser lido.
   *[other] ; { $problems } arquivos não puderam ser lidos.
}
status-library-stopped = A leitura da biblioteca foi interrompida.
status-copied-programs = { $count ->
    [one] { $count } programa copiado
   *[other] { $count } programas copiados
} de { $cities ->
    [one] { $city }
   *[other] { $cities } cidades
} para os seus Programas; Ctrl+Z desfaz a cópia.
compare-none = Marque “Comparar” ao lado de até três cidades nos resultados da pesquisa para compará-las com a sua.
compare-yours = { $city } (a sua)
compare-row-programs = Programas
compare-row-rights = Direitos tratados
compare-row-goals = Objetivos tratados
compare-row-groups = Públicos-alvo atendidos
compare-chart-rights = Artigos da Declaração Universal tratados
compare-chart-goals = Objetivos de Desenvolvimento Sustentável tratados
compare-chart-groups = Públicos-alvo atendidos (programas)
compare-cell = { $city }, { $item }: { $count ->
    [0] nenhum programa
    [one] um programa
   *[other] { $count } programas
}
compare-legend-none = não tratado
compare-legend-some = tratado (cor mais forte: mais programas)
compare-gaps = O que as outras fazem e a sua cidade não
compare-gaps-none = A sua cidade trata de tudo o que as outras tratam.
compare-gaps-more = …e mais { $count }.
compare-article = o artigo { $number } ({ $title })
compare-goal = o objetivo { $number } ({ $title })
compare-group = programas para { $group }
compare-gap = { $count ->
    [one] { $cities } trata
   *[other] { $cities } tratam
} { $what }, e a sua cidade não.
size-gaps = Cidades do seu porte
size-gaps-unknown = O seu perfil não indica a faixa populacional (veja Cidade), então não é possível encontrar cidades do seu porte.
size-gaps-among = { $count ->
    [0] A biblioteca não tem outra cidade do seu porte ({ $size }).
    [one] Uma cidade da biblioteca é do seu porte ({ $size }).
   *[other] { $count } cidades da biblioteca são do seu porte ({ $size }).
}
size-gap = { $count ->
    [one] Uma cidade do seu porte trata
   *[other] { $count } cidades do seu porte tratam
} { $what }, e a sua cidade não.
library-filters = { $count ->
    [0] Filtros
   *[other] Filtros ({ $count })
}
library-partners = Parceiros
library-read-failed = A leitura de { $folder } parou inesperadamente; nada dela foi carregado. Tente de novo ou abra uma pasta menor.
