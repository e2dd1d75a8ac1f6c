# Los paneles del formulario.

## Títulos y subtítulos
panel-city = Ciudad
panel-city-subtitle = Quién es la ciudad: los datos al inicio del perfil de la campaña.
panel-vision = Visión
panel-vision-subtitle = La visión de la ciudad como Ciudad o Territorio de Derechos Humanos.
panel-motivations = Motivaciones
panel-motivations-subtitle = Por qué la ciudad se sumó a la campaña y qué se propone.
panel-policies = Políticas
panel-policies-subtitle = Las áreas de políticas numeradas y los programas que presenta cada una.
panel-programs = Programas
panel-programs-subtitle = El catálogo de programas municipales en el que se apoya el perfil.
panel-overview = Panorama
panel-overview-subtitle = Qué derechos, grupos y objetivos cubre el catálogo, y cuáles deja fuera.
panel-check = Revisión
panel-check-subtitle = Lo que al formulario de la campaña aún le falta o tiene mal.

## Palabras comunes de los campos
not-set = Sin indicar
other = Otro…
other-hint = Escríbalo aquí
translate-source-empty = (vacío en el idioma principal)

## Ciudad
city-name-hint = p. ej. San Antonio
qualifier-hint = p. ej. Chile
qualifier-explained = Se muestra entre paréntesis tras el nombre, como en «San Antonio (Chile)».
leader-title-hint = p. ej. Alcalde
mandate-years = De un año a otro
mandate-words = En palabras
mandate-start = Inicio del mandato
mandate-end = Fin del mandato
mandate-to = a
mandate-reversed = El mandato termina antes de empezar.
mandate-in-words = Mandato en palabras

## Visión
vision-form = Escribir la visión como
vision-form-prose = Texto libre
vision-form-questions = Respuestas a las preguntas de la campaña
vision-hint = El archivo conserva ambas formas; el perfil muestra la que se elija aquí. Deje una línea en blanco entre párrafos; empiece una línea con «- » para una lista.

## Motivaciones
aim = Objetivo { $number }
aim-up = Subir el objetivo { $number }
aim-down = Bajar el objetivo { $number }
aim-remove = Quitar el objetivo { $number }
aim-add = ➕ Añadir un objetivo

## Políticas
policies-introduction = Introducción a las políticas
policies-choose = Elija un área de políticas a la izquierda, o añada una.
area-add = ➕ Añadir área
area-new-title = Nueva área de políticas
untitled-area = (sin título)
areas-none = Aún no hay áreas de políticas.
area-remove = 🗑 Quitar área
area-up = Subir el área
area-down = Bajar el área
field-notes = Notas para presentar
notes-hint = Solo las ve usted, en la vista del presentador; nunca el público.
area-programs = Programas de esta área
open-in-catalogue = Abrir en el catálogo
program-missing = ⚠ El programa n.º { $id } no está en el catálogo
area-program-remove = Quitar el programa { $number } del área
area-program-up = Subir el programa { $number }
area-program-down = Bajar el programa { $number }
area-programs-none = Aún no hay programas: añada uno del catálogo más abajo.
choose-from-catalogue = Elegir del catálogo…
area-new-program = ➕ Programa nuevo aquí

## Revisión
check-nothing = Nada que corregir: el perfil tiene todo lo que pide el formulario de la campaña.
check-to-correct = { $count } por corregir
check-to-complete = { $count } por completar
check-click = Haga clic en un hallazgo para ir a su campo.

## Panorama
overview-total = { $count } programas en el catálogo. Haga clic en una barra para ver sus programas.
overview-per-right = Programas por derecho (artículo de la DUDH)
overview-per-sdg = Programas por Objetivo de Desarrollo Sostenible
overview-per-group = Programas por grupo destinatario
overview-per-status = Programas por estado
programs-count = { $count ->
    [one] { $count } programa
   *[other] { $count } programas
}
overview-show = { $count ->
    [one] Ver este programa
   *[other] Ver estos programas
}
overview-gaps = Vacíos
overview-all-rights = Cada artículo de la Declaración Universal está cubierto por al menos un programa.
overview-rights-gaps = { $count } artículos de la Declaración Universal que ningún programa aborda:
article = Artículo { $number }
overview-all-groups = Cada grupo destinatario cuenta con al menos un programa.
overview-group-gaps = { $count } grupos destinatarios a los que no llega ningún programa:

## Traducir
translating = Original: { $source }, a la izquierda · Traducción: { $target }, a la derecha
unplaced-title = Sin ubicar ({ $count })
unplaced-how = Texto de la página importada que Carta no pudo ubicar. Ponga cada parte donde corresponde, o descártela; deshacer la recupera.
unplaced-line = Línea { $line } de la página
unplaced-put = Poner el texto { $number } en…
unplaced-let-go = Descartar el texto { $number }
place-in-vision = La visión (texto)
place-in-answer-1 = La respuesta a la primera pregunta de la visión
place-in-answer-2 = La respuesta a la segunda pregunta de la visión
place-in-introduction = La introducción de las motivaciones
place-as-aim = Un nuevo objetivo de las motivaciones
place-in-closing = El cierre de las motivaciones
place-in-policies = La introducción de las políticas
place-as-program = Un nuevo programa del catálogo
