# Listas fijas del formulario de la campaña y de los marcos internacionales.

## Títulos breves de los artículos de la Declaración Universal de Derechos Humanos
udhr-1 = Libres e iguales en dignidad y derechos
udhr-2 = No discriminación
udhr-3 = Derecho a la vida, la libertad y la seguridad
udhr-4 = Prohibición de la esclavitud
udhr-5 = Prohibición de la tortura y los tratos degradantes
udhr-6 = Reconocimiento de la personalidad jurídica
udhr-7 = Igualdad ante la ley
udhr-8 = Derecho a un recurso efectivo
udhr-9 = Prohibición de la detención arbitraria y el destierro
udhr-10 = Derecho a una audiencia pública y justa
udhr-11 = Presunción de inocencia
udhr-12 = Derecho a la vida privada
udhr-13 = Libertad de circulación
udhr-14 = Derecho de asilo
udhr-15 = Derecho a una nacionalidad
udhr-16 = Derecho a casarse y fundar una familia
udhr-17 = Derecho a la propiedad
udhr-18 = Libertad de pensamiento, de conciencia y de religión
udhr-19 = Libertad de opinión y de expresión
udhr-20 = Libertad de reunión y de asociación
udhr-21 = Derecho a participar en el gobierno
udhr-22 = Derecho a la seguridad social
udhr-23 = Derecho al trabajo en condiciones equitativas
udhr-24 = Derecho al descanso y al tiempo libre
udhr-25 = Derecho a un nivel de vida adecuado
udhr-26 = Derecho a la educación
udhr-27 = Derecho a participar en la vida cultural
udhr-28 = Derecho a un orden social e internacional
udhr-29 = Deberes respecto a la comunidad
udhr-30 = Nadie puede suprimir estos derechos

## Los Objetivos de Desarrollo Sostenible
sdg-1 = Fin de la pobreza
sdg-2 = Hambre cero
sdg-3 = Salud y bienestar
sdg-4 = Educación de calidad
sdg-5 = Igualdad de género
sdg-6 = Agua limpia y saneamiento
sdg-7 = Energía asequible y no contaminante
sdg-8 = Trabajo decente y crecimiento económico
sdg-9 = Industria, innovación e infraestructura
sdg-10 = Reducción de las desigualdades
sdg-11 = Ciudades y comunidades sostenibles
sdg-12 = Producción y consumo responsables
sdg-13 = Acción por el clima
sdg-14 = Vida submarina
sdg-15 = Vida de ecosistemas terrestres
sdg-16 = Paz, justicia e instituciones sólidas
sdg-17 = Alianzas para lograr los objetivos

## Region
region-Africa = África
region-AsiaPacific = Asia-Pacífico
region-Eurasia = Eurasia
region-Europe = Europa
region-LatinAmerica = América Latina
region-MiddleEastWestAsia = Oriente Medio y Asia Occidental
region-NorthAmerica = América del Norte

## GovernmentType
government-type-CityMunicipality = Ciudad/Municipio
government-type-Metropolitan = Gobierno metropolitano
government-type-Intermunicipal = Asociación de municipios
government-type-Province = Provincia / Departamento
government-type-Region = Región / Estado

## PopulationRange
population-range-Below50k = Ciudades de menos de 50.000 habitantes
population-range-From50kTo250k = Ciudades de entre 50.000 y 250.000 habitantes
population-range-From250kTo1m = Ciudades de entre 250.000 y 1 millón de habitantes
population-range-From1mTo5m = Ciudades de entre 1 y 5 millones de habitantes
population-range-Above5m = Ciudades de más de 5 millones de habitantes
population-range-Supralocal = Gobiernos supralocales, regionales y provinciales

## ProgramKind
program-kind-Program = Programa
program-kind-Policy = Política
program-kind-Mechanism = Mecanismo
program-kind-Office = Oficina
program-kind-Training = Formación
program-kind-Campaign = Campaña
program-kind-Plan = Plan
program-kind-Service = Servicio

## TargetGroup
target-group-Migrants = Personas migrantes
target-group-Refugees = Personas refugiadas y solicitantes de asilo
target-group-OlderAdults = Personas mayores
target-group-PersonsWithDisabilities = Personas con discapacidad
target-group-ChildrenAndAdolescents = Niñez y adolescencia
target-group-YoungPeople = Jóvenes
target-group-Women = Mujeres
target-group-Lgbtiq = Personas LGBTIQ+
target-group-IndigenousPeoples = Pueblos indígenas
target-group-Homeless = Personas en situación de calle
target-group-Poverty = Personas en situación de pobreza
target-group-Minorities = Minorías étnicas y religiosas
target-group-MunicipalStaff = Personal municipal
target-group-AllResidents = Toda la población

## ProgramStatus
program-status-Planned = Previsto
program-status-Active = En curso
program-status-Paused = En pausa
program-status-Completed = Finalizado
program-status-Discontinued = Suspendido

## Las dos preguntas de la campaña sobre la visión
vision-question-1 = ¿Por qué los gobiernos locales y regionales son esenciales para promover, hacer efectivos y respetar los derechos humanos?
vision-question-2 = ¿Por qué los derechos humanos son valores pertinentes y un marco útil para orientar la acción local?
