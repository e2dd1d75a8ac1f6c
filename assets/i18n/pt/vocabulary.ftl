# Listas fixas do formulário da campanha e dos marcos internacionais.

## Títulos curtos dos artigos da Declaração Universal dos Direitos Humanos
udhr-1 = Livres e iguais em dignidade e direitos
udhr-2 = Não discriminação
udhr-3 = Direito à vida, à liberdade e à segurança
udhr-4 = Proibição da escravidão
udhr-5 = Proibição da tortura e de tratamentos degradantes
udhr-6 = Reconhecimento como pessoa perante a lei
udhr-7 = Igualdade perante a lei
udhr-8 = Direito a um recurso efetivo
udhr-9 = Proibição da prisão arbitrária e do exílio
udhr-10 = Direito a uma audiência justa e pública
udhr-11 = Presunção de inocência
udhr-12 = Direito à vida privada
udhr-13 = Liberdade de locomoção
udhr-14 = Direito de asilo
udhr-15 = Direito a uma nacionalidade
udhr-16 = Direito de casar e fundar uma família
udhr-17 = Direito à propriedade
udhr-18 = Liberdade de pensamento, consciência e religião
udhr-19 = Liberdade de opinião e expressão
udhr-20 = Liberdade de reunião e associação
udhr-21 = Direito de tomar parte no governo
udhr-22 = Direito à segurança social
udhr-23 = Direito ao trabalho em condições justas
udhr-24 = Direito ao repouso e ao lazer
udhr-25 = Direito a um padrão de vida adequado
udhr-26 = Direito à educação
udhr-27 = Direito de participar da vida cultural
udhr-28 = Direito a uma ordem social e internacional
udhr-29 = Deveres para com a comunidade
udhr-30 = Ninguém pode destruir estes direitos

## Os Objetivos de Desenvolvimento Sustentável
sdg-1 = Erradicação da pobreza
sdg-2 = Fome zero
sdg-3 = Saúde e bem-estar
sdg-4 = Educação de qualidade
sdg-5 = Igualdade de gênero
sdg-6 = Água potável e saneamento
sdg-7 = Energia limpa e acessível
sdg-8 = Trabalho decente e crescimento econômico
sdg-9 = Indústria, inovação e infraestrutura
sdg-10 = Redução das desigualdades
sdg-11 = Cidades e comunidades sustentáveis
sdg-12 = Consumo e produção responsáveis
sdg-13 = Ação contra a mudança do clima
sdg-14 = Vida na água
sdg-15 = Vida terrestre
sdg-16 = Paz, justiça e instituições eficazes
sdg-17 = Parcerias e meios de implementação

## Region
region-Africa = África
region-AsiaPacific = Ásia-Pacífico
region-Eurasia = Eurásia
region-Europe = Europa
region-LatinAmerica = América Latina
region-MiddleEastWestAsia = Oriente Médio e Ásia Ocidental
region-NorthAmerica = América do Norte

## GovernmentType
government-type-CityMunicipality = Cidade/Município
government-type-Metropolitan = Governo metropolitano
government-type-Intermunicipal = Associação de municípios
government-type-Province = Província / Departamento
government-type-Region = Região

## PopulationRange
population-range-Below50k = Cidades com menos de 50.000 habitantes
population-range-From50kTo250k = Cidades entre 50.000 e 250.000 habitantes
population-range-From250kTo1m = Cidades entre 250.000 e 1.000.000 de habitantes
population-range-From1mTo5m = Cidades entre 1 e 5 milhões de habitantes
population-range-Above5m = Cidades com mais de 5 milhões de habitantes
population-range-Supralocal = Governos supralocais, regionais, provinciais

## ProgramKind
program-kind-Program = Programa
program-kind-Policy = Política
program-kind-Mechanism = Mecanismo
program-kind-Office = Escritório
program-kind-Training = Formação
program-kind-Campaign = Campanha
program-kind-Plan = Plano
program-kind-Service = Serviço

## TargetGroup
target-group-Migrants = Migrantes
target-group-Refugees = Refugiados e solicitantes de asilo
target-group-OlderAdults = Pessoas idosas
target-group-PersonsWithDisabilities = Pessoas com deficiência
target-group-ChildrenAndAdolescents = Crianças e adolescentes
target-group-YoungPeople = Jovens
target-group-Women = Mulheres
target-group-Lgbtiq = Pessoas LGBTIQ+
target-group-IndigenousPeoples = Povos indígenas
target-group-Homeless = Pessoas em situação de rua
target-group-Poverty = Pessoas em situação de pobreza
target-group-Minorities = Minorias étnicas e religiosas
target-group-MunicipalStaff = Funcionários municipais
target-group-AllResidents = Toda a população

## ProgramStatus
program-status-Planned = Previsto
program-status-Active = Ativo
program-status-Paused = Em pausa
program-status-Completed = Concluído
program-status-Discontinued = Descontinuado

## As duas perguntas da campanha sobre a visão
vision-question-1 = Por que os governos locais e regionais são essenciais para promover, cumprir e respeitar os direitos humanos?
vision-question-2 = Por que os direitos humanos são valores relevantes e um marco útil para orientar a ação local?
