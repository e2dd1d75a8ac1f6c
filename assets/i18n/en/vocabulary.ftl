# Fixed lists of the campaign's form and of international frameworks.

## Short titles of the articles of the Universal Declaration of Human Rights
udhr-1 = Free and equal in dignity and rights
udhr-2 = Freedom from discrimination
udhr-3 = Right to life, liberty and security
udhr-4 = Freedom from slavery
udhr-5 = Freedom from torture and degrading treatment
udhr-6 = Recognition as a person before the law
udhr-7 = Equality before the law
udhr-8 = Right to an effective remedy
udhr-9 = Freedom from arbitrary arrest and exile
udhr-10 = Right to a fair public hearing
udhr-11 = Presumption of innocence
udhr-12 = Right to privacy
udhr-13 = Freedom of movement
udhr-14 = Right to asylum
udhr-15 = Right to a nationality
udhr-16 = Right to marry and found a family
udhr-17 = Right to own property
udhr-18 = Freedom of thought, conscience and religion
udhr-19 = Freedom of opinion and expression
udhr-20 = Freedom of assembly and association
udhr-21 = Right to take part in government
udhr-22 = Right to social security
udhr-23 = Right to work and fair conditions
udhr-24 = Right to rest and leisure
udhr-25 = Right to an adequate standard of living
udhr-26 = Right to education
udhr-27 = Right to take part in cultural life
udhr-28 = Right to a social and international order
udhr-29 = Duties to the community
udhr-30 = No one may destroy these rights

## The Sustainable Development Goals
sdg-1 = No poverty
sdg-2 = Zero hunger
sdg-3 = Good health and well-being
sdg-4 = Quality education
sdg-5 = Gender equality
sdg-6 = Clean water and sanitation
sdg-7 = Affordable and clean energy
sdg-8 = Decent work and economic growth
sdg-9 = Industry, innovation and infrastructure
sdg-10 = Reduced inequalities
sdg-11 = Sustainable cities and communities
sdg-12 = Responsible consumption and production
sdg-13 = Climate action
sdg-14 = Life below water
sdg-15 = Life on land
sdg-16 = Peace, justice and strong institutions
sdg-17 = Partnerships for the goals

## Region
region-Africa = Africa
region-AsiaPacific = Asia-Pacific
region-Eurasia = Eurasia
region-Europe = Europe
region-LatinAmerica = Latin America
region-MiddleEastWestAsia = Middle East and West Asia
region-NorthAmerica = North America

## GovernmentType
government-type-CityMunicipality = City/Municipality
government-type-Metropolitan = Metropolitan government
government-type-Intermunicipal = Association of municipalities
government-type-Province = Province / Department
government-type-Region = Region

## PopulationRange
population-range-Below50k = Cities with fewer than 50,000 inhabitants
population-range-From50kTo250k = Cities between 50,000 and 250,000 inhabitants
population-range-From250kTo1m = Cities between 250,000 and 1,000,000 inhabitants
population-range-From1mTo5m = Cities between 1 and 5 million inhabitants
population-range-Above5m = Cities with more than 5 million inhabitants
population-range-Supralocal = Supralocal, regional, provincial governments

## ProgramKind
program-kind-Program = Program
program-kind-Policy = Policy
program-kind-Mechanism = Mechanism
program-kind-Office = Office
program-kind-Training = Training
program-kind-Campaign = Campaign
program-kind-Plan = Plan
program-kind-Service = Service

## TargetGroup
target-group-Migrants = Migrants
target-group-Refugees = Refugees and asylum seekers
target-group-OlderAdults = Older adults
target-group-PersonsWithDisabilities = Persons with disabilities
target-group-ChildrenAndAdolescents = Children and adolescents
target-group-YoungPeople = Young people
target-group-Women = Women
target-group-Lgbtiq = LGBTIQ+ people
target-group-IndigenousPeoples = Indigenous peoples
target-group-Homeless = People experiencing homelessness
target-group-Poverty = People living in poverty
target-group-Minorities = Ethnic and religious minorities
target-group-MunicipalStaff = Municipal staff
target-group-AllResidents = All residents

## ProgramStatus
program-status-Planned = Planned
program-status-Active = Active
program-status-Paused = Paused
program-status-Completed = Completed
program-status-Discontinued = Discontinued

## The campaign's two questions about the vision
vision-question-1 = Why are local and regional governments essential for promoting, fulfilling, and respecting human rights?
vision-question-2 = Why are human rights relevant values and a useful framework for guiding local action?
