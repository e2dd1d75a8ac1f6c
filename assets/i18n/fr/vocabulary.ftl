# Listes fixes du formulaire de la campagne et des cadres internationaux.

## Titres courts des articles de la Déclaration universelle des droits de l'homme
udhr-1 = Libres et égaux en dignité et en droits
udhr-2 = Non-discrimination
udhr-3 = Droit à la vie, à la liberté et à la sûreté
udhr-4 = Interdiction de l’esclavage
udhr-5 = Interdiction de la torture et des traitements dégradants
udhr-6 = Reconnaissance de la personnalité juridique
udhr-7 = Égalité devant la loi
udhr-8 = Droit à un recours effectif
udhr-9 = Interdiction de l’arrestation arbitraire et de l’exil
udhr-10 = Droit à un procès équitable et public
udhr-11 = Présomption d’innocence
udhr-12 = Droit à la vie privée
udhr-13 = Liberté de circulation
udhr-14 = Droit d’asile
udhr-15 = Droit à une nationalité
udhr-16 = Droit de se marier et de fonder une famille
udhr-17 = Droit à la propriété
udhr-18 = Liberté de pensée, de conscience et de religion
udhr-19 = Liberté d’opinion et d’expression
udhr-20 = Liberté de réunion et d’association
udhr-21 = Droit de prendre part à la direction des affaires publiques
udhr-22 = Droit à la sécurité sociale
udhr-23 = Droit au travail dans des conditions équitables
udhr-24 = Droit au repos et aux loisirs
udhr-25 = Droit à un niveau de vie suffisant
udhr-26 = Droit à l’éducation
udhr-27 = Droit de prendre part à la vie culturelle
udhr-28 = Droit à un ordre social et international
udhr-29 = Devoirs envers la communauté
udhr-30 = Nul ne peut détruire ces droits

## Les objectifs de développement durable
sdg-1 = Pas de pauvreté
sdg-2 = Faim « zéro »
sdg-3 = Bonne santé et bien-être
sdg-4 = Éducation de qualité
sdg-5 = Égalité entre les sexes
sdg-6 = Eau propre et assainissement
sdg-7 = Énergie propre et d’un coût abordable
sdg-8 = Travail décent et croissance économique
sdg-9 = Industrie, innovation et infrastructure
sdg-10 = Inégalités réduites
sdg-11 = Villes et communautés durables
sdg-12 = Consommation et production responsables
sdg-13 = Mesures relatives à la lutte contre les changements climatiques
sdg-14 = Vie aquatique
sdg-15 = Vie terrestre
sdg-16 = Paix, justice et institutions efficaces
sdg-17 = Partenariats pour la réalisation des objectifs

## Region
region-Africa = Afrique
region-AsiaPacific = Asie-Pacifique
region-Eurasia = Eurasie
region-Europe = Europe
region-LatinAmerica = Amérique latine
region-MiddleEastWestAsia = Moyen-Orient et Asie de l’Ouest
region-NorthAmerica = Amérique du Nord

## GovernmentType
government-type-CityMunicipality = Ville / Municipalité
government-type-Metropolitan = Gouvernement métropolitain
government-type-Intermunicipal = Association de communes
government-type-Province = Province / Département
government-type-Region = Région / État

## PopulationRange
population-range-Below50k = Villages, petites villes, zones rurales jusqu’à 50.000 habitants
population-range-From50kTo250k = Villes de 50 000 à 250 000 habitants
population-range-From250kTo1m = Villes de 250 000 à 1 million d’habitants
population-range-From1mTo5m = Villes de 1 à 5 millions d’habitants
population-range-Above5m = Villes de plus de 5 millions d’habitants
population-range-Supralocal = Gouvernements supralocaux, régionaux et provinciaux

## ProgramKind
program-kind-Program = Programme
program-kind-Policy = Politique
program-kind-Mechanism = Mécanisme
program-kind-Office = Bureau
program-kind-Training = Formation
program-kind-Campaign = Campagne
program-kind-Plan = Plan
program-kind-Service = Service

## TargetGroup
target-group-Migrants = Personnes migrantes
target-group-Refugees = Personnes réfugiées et demandeuses d’asile
target-group-OlderAdults = Personnes âgées
target-group-PersonsWithDisabilities = Personnes handicapées
target-group-ChildrenAndAdolescents = Enfants et adolescents
target-group-YoungPeople = Jeunes
target-group-Women = Femmes
target-group-Lgbtiq = Personnes LGBTIQ+
target-group-IndigenousPeoples = Peuples autochtones
target-group-Homeless = Personnes sans abri
target-group-Poverty = Personnes en situation de pauvreté
target-group-Minorities = Minorités ethniques et religieuses
target-group-MunicipalStaff = Personnel municipal
target-group-AllResidents = Tous les habitants

## ProgramStatus
program-status-Planned = Prévu
program-status-Active = En cours
program-status-Paused = En pause
program-status-Completed = Terminé
program-status-Discontinued = Abandonné

## Les deux questions de la campagne sur la vision
vision-question-1 = Pourquoi les gouvernements locaux et régionaux sont-ils essentiels pour promouvoir, réaliser et respecter les droits humains ?
vision-question-2 = Pourquoi les droits humains sont-ils des valeurs pertinentes et un cadre utile pour guider l’action locale ?
