# Llistes fixes del formulari de la campanya i dels marcs internacionals.

## Títols breus dels articles de la Declaració Universal dels Drets Humans
udhr-1 = Lliures i iguals en dignitat i drets
udhr-2 = No discriminació
udhr-3 = Dret a la vida, a la llibertat i a la seguretat
udhr-4 = Prohibició de l'esclavitud
udhr-5 = Prohibició de la tortura i dels tractes degradants
udhr-6 = Reconeixement de la personalitat jurídica
udhr-7 = Igualtat davant la llei
udhr-8 = Dret a un recurs efectiu
udhr-9 = Prohibició de la detenció i l'exili arbitraris
udhr-10 = Dret a un judici públic i just
udhr-11 = Presumpció d'innocència
udhr-12 = Dret a la vida privada
udhr-13 = Llibertat de circulació
udhr-14 = Dret d'asil
udhr-15 = Dret a una nacionalitat
udhr-16 = Dret a casar-se i fundar una família
udhr-17 = Dret a la propietat
udhr-18 = Llibertat de pensament, de consciència i de religió
udhr-19 = Llibertat d'opinió i d'expressió
udhr-20 = Llibertat de reunió i d'associació
udhr-21 = Dret a participar en el govern
udhr-22 = Dret a la seguretat social
udhr-23 = Dret al treball en condicions equitatives
udhr-24 = Dret al descans i al lleure
udhr-25 = Dret a un nivell de vida adequat
udhr-26 = Dret a l'educació
udhr-27 = Dret a participar en la vida cultural
udhr-28 = Dret a un ordre social i internacional
udhr-29 = Deures envers la comunitat
udhr-30 = Ningú no pot destruir aquests drets

## Els Objectius de Desenvolupament Sostenible
sdg-1 = Fi de la pobresa
sdg-2 = Fam zero
sdg-3 = Salut i benestar
sdg-4 = Educació de qualitat
sdg-5 = Igualtat de gènere
sdg-6 = Aigua neta i sanejament
sdg-7 = Energia assequible i no contaminant
sdg-8 = Treball digne i creixement econòmic
sdg-9 = Indústria, innovació i infraestructura
sdg-10 = Reducció de les desigualtats
sdg-11 = Ciutats i comunitats sostenibles
sdg-12 = Producció i consum responsables
sdg-13 = Acció climàtica
sdg-14 = Vida submarina
sdg-15 = Vida terrestre
sdg-16 = Pau, justícia i institucions sòlides
sdg-17 = Aliança pels objectius

## Regió
region-Africa = Àfrica
region-AsiaPacific = Àsia-Pacífic
region-Eurasia = Euràsia
region-Europe = Europa
region-LatinAmerica = Amèrica Llatina
region-MiddleEastWestAsia = Orient Mitjà i Àsia Occidental
region-NorthAmerica = Amèrica del Nord

## Tipus de govern
government-type-CityMunicipality = Ciutat/Municipi
government-type-Metropolitan = Govern metropolità
government-type-Intermunicipal = Associació de municipis
government-type-Province = Província / Departament
government-type-Region = Regió

## Franja de població
population-range-Below50k = Ciutats de menys de 50.000 habitants
population-range-From50kTo250k = Ciutats d'entre 50.000 i 250.000 habitants
population-range-From250kTo1m = Ciutats d'entre 250.000 i 1.000.000 d'habitants
population-range-From1mTo5m = Ciutats d'entre 1 i 5 milions d'habitants
population-range-Above5m = Ciutats de més de 5 milions d'habitants
population-range-Supralocal = Governs supralocals, regionals i provincials

## Tipus de programa
program-kind-Program = Programa
program-kind-Policy = Política
program-kind-Mechanism = Mecanisme
program-kind-Office = Oficina
program-kind-Training = Formació
program-kind-Campaign = Campanya
program-kind-Plan = Pla
program-kind-Service = Servei

## Col·lectiu destinatari
target-group-Migrants = Persones migrants
target-group-Refugees = Persones refugiades i sol·licitants d'asil
target-group-OlderAdults = Gent gran
target-group-PersonsWithDisabilities = Persones amb discapacitat
target-group-ChildrenAndAdolescents = Infants i adolescents
target-group-YoungPeople = Joves
target-group-Women = Dones
target-group-Lgbtiq = Persones LGBTIQ+
target-group-IndigenousPeoples = Pobles indígenes
target-group-Homeless = Persones sense llar
target-group-Poverty = Persones en situació de pobresa
target-group-Minorities = Minories ètniques i religioses
target-group-MunicipalStaff = Personal municipal
target-group-AllResidents = Tota la ciutadania

## Estat del programa
program-status-Planned = Previst
program-status-Active = En curs
program-status-Paused = En pausa
program-status-Completed = Finalitzat
program-status-Discontinued = Suspès

## Les dues preguntes de la campanya sobre la visió
vision-question-1 = Per què els governs locals i regionals són essencials per promoure, fer efectius i respectar els drets humans?
vision-question-2 = Per què els drets humans són valors rellevants i un marc útil per orientar l'acció local?
