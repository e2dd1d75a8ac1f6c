# La ventana alrededor de los paneles: menús, órdenes, diálogos y mensajes.

## Menús
menu-file = Archivo
menu-open-recent = Abrir recientes
no-recent-files = No hay archivos recientes
clear-recent = Vaciar la lista
clear-recent-none = Todavía no se abrió ningún archivo.
menu-export = Exportar
menu-edit = Edición
menu-view = Ver
menu-language = Idioma de la interfaz
theme-system = Tema: como el sistema
theme-light = Tema: claro
theme-dark = Tema: oscuro

## Órdenes
command-new = Nuevo
command-open = Abrir…
command-save = Guardar
command-save-as = Guardar como…
command-import-programs = Importar programas…
command-import-campaign-text = Importar texto de la campaña…
command-quit = Salir
command-undo = Deshacer
command-redo = Rehacer
command-present = Presentar

## Formatos de exportación
format-txt = Texto de la campaña (.txt)
format-markdown = Markdown (.md)
format-html = Página web (.html)
format-json = JSON (.json)
format-slides-pdf = Diapositivas en PDF (.pdf)
format-slides-pdf-a4 = Diapositivas en PDF, A4 apaisado (.pdf)
format-notes-pdf = Diapositivas con notas en PDF (.pdf)

## Diálogos de archivo y la ventana para escribir una ruta
dialog-open = Abrir un perfil
dialog-save-as = Guardar el perfil como
dialog-import-programs = Importar programas de otro perfil
dialog-import-campaign-text = Importar una página de perfil en el formato de texto de la campaña
dialog-export = Exportar el perfil como
filter-text = Texto
filter-profile = Perfil de Carta
filter-all-files = Todos los archivos
dialogs-turned-off = Los diálogos de archivo del sistema están desactivados.
details = Detalles
file-path = Ruta del archivo
file-path-hint = p. ej. /home/ana/Documentos/mi-ciudad.ron
folder-path-hint = p. ej. /home/ana/Documentos/otras-ciudades
open = Abrir
save = Guardar
export = Exportar
cancel = Cancelar
ok = Aceptar
not-now = Ahora no
dont-save = No guardar

## La barra lateral y la barra de estado
untitled = Sin título
present-button = Presentar  (F5)
present-hint = Diapositivas a pantalla completa para una reunión; Esc vuelve
status-not-saved-yet = Aún no se ha guardado en un archivo
status-unsaved = • cambios sin guardar
status-undone = Deshecho.
status-redone = Rehecho.
status-new = Perfil nuevo.
status-opened = Abierto { $path }.
status-saved = Guardado en { $path }.
status-interface-unspoken = Carta aún no habla { $wanted }. Habla { $spoken }: inglés hasta que usted elija (Ver ▸ Idioma de la interfaz).
status-language-gone = El idioma de la interfaz que usted eligió ({ $code }) ya no está: su traducción se quitó. Elija otro en Ver ▸ Idioma de la interfaz.
status-exported = Exportado a { $path }.
export-campaign-headings = Exportado. La página de la campaña se publica en inglés, español o francés: esta lleva títulos en inglés sobre sus textos.
status-waiting-for-dialog = Esperando el diálogo de archivo…
status-restored = Se recuperó el trabajo sin guardar. Guárdelo para conservarlo.
status-settings-not-kept = No se pudo guardar su configuración (idioma, tema, archivos recientes): { $reason }
export-over-open-profile = { $path } es el perfil que tiene abierto. Escribir ahí la exportación reemplazaría su perfil; elija otro nombre.
restore-stale-title = El archivo cambió después de guardar su trabajo
restore-stale-message = Alguien o algo cambió { $path } después de que Carta guardara su trabajo sin guardar. Su trabajo vuelve a la pantalla; al guardar, Carta preguntará si recargar la otra versión, comparar las dos o conservar la suya con otro nombre.
status-autosave-failing = ⚠ No se pueden escribir copias de recuperación
status-autosave-back = Vuelven a escribirse copias de recuperación de su trabajo sin guardar.
overwrite-title = «{ $name }» ya existe
overwrite-message = Ya hay un archivo con ese nombre en { $folder }. Reemplazarlo sobrescribe lo que contiene.
overwrite-replace = Reemplazarlo
status-reloaded = Se cargó de nuevo la versión más reciente del disco.
presenter-view-title = Carta — vista del presentador

## Mensajes
alert-open-failed = No se pudo abrir este archivo
alert-document-unchanged = El documento que estaba abierto no ha cambiado.
alert-save-failed = No se pudo guardar el perfil
alert-export-failed = No se pudo escribir la exportación
import-page-title = Página de la campaña importada
import-page-read = { $source }: se leyeron { $areas } áreas de políticas y { $programs } programas. Guarde el perfil nuevo con Archivo > Guardar como.
import-page-points = Revise estos puntos:
unsaved-title = ¿Guardar los cambios?
unsaved-this-profile = Este perfil
unsaved-message = { $name } tiene cambios sin guardar. Si no los guarda, se perderán.
restore-title = ¿Recuperar el trabajo sin guardar?
restore-never-saved = un perfil que nunca se guardó
restore-message = Carta se cerró sin guardar sus cambios en { $what }, el perfil de { $city }. Se conservaron { $age }.
restore = Recuperar
discard = Descartar
age-now = hace menos de un minuto
age-minutes = { $count ->
    [one] hace un minuto
   *[other] hace { $count } minutos
}
age-hours = { $count ->
    [one] hace una hora
   *[other] hace { $count } horas
}
age-days = { $count ->
    [one] hace un día
   *[other] hace { $count } días
}
conflict-deleted-title = «{ $name }» se borró o se movió
conflict-deleted-message = Otro programa quitó el archivo que está editando. Su versión sigue aquí.
conflict-changed-title = Otro programa cambió «{ $name }»
conflict-changed-message = Alguien guardó una versión más reciente de este archivo después de que usted lo abriera. Carta no la sobrescribirá sin preguntar.
conflict-save-here = Volver a guardar la mía aquí
conflict-reload = Cargar la suya
conflict-compare = Ver ambas
conflict-merge = Combinar la suya con la mía…
conflict-save-as = Conservar la mía: Guardar como…

## Idiomas del contenido
content-language = Idioma del contenido
content-language-main = { $language } (principal)
content-language-add = Añadir { $language }
content-language-another = Otro idioma…
language-search = Buscar un idioma por su nombre
language-search-hint = árabe, 한국어, català, pt-BR…
language-search-none = Ningún idioma tiene ese nombre.
content-language-add-title = Añadir un idioma de contenido
content-language-add-explained = Escriba el nombre del idioma, en español o en el propio idioma, o su código (pt-BR).
content-language-missing = { $count ->
    [one] 1 por traducir
   *[other] { $count } por traducir
}
content-language-make-main = Hacer del { $language } el idioma principal
content-language-remove = Quitar el { $language } y sus textos
status-language-removed = Se quitaron los textos en { $language }. Ctrl+Z los recupera.

## Presentar
slide-info = Diapositiva { $counter }: { $heading }
slides-grid = Todas las diapositivas: elija una, o pulse G o Esc para volver
presenter-end = (fin)
presenter-view = Vista del presentador
presenter-now = Ahora, diapositiva { $number } de { $count }
presenter-next = Siguiente
presenter-notes = Notas
presenter-no-notes = Esta diapositiva no tiene notas.
presenter-previous = ◀ Anterior
presenter-next-button = Siguiente ▶
presenter-one-screen = Una sola pantalla: la sala ve esta vista. P vuelve a las diapositivas.
presenter-slides-on = Diapositivas en la pantalla
presenter-swap = Intercambiar pantallas

## Importar programas de otro perfil
fonts-missing-title = Parte del texto no se puede mostrar
fonts-missing = Ninguna fuente de este equipo puede mostrar texto en { $scripts } (como «{ $samples }»), así que aparece como cuadros vacíos en pantalla. El archivo en sí está bien.
fonts-hint-linux = Para verlo, pida que se instalen estos paquetes de fuentes y reinicie Carta: { $packages }
fonts-hint-windows = Para verlo, abra Configuración de Windows ▸ Hora e idioma ▸ Idioma y región y agregue un idioma escrito en esa escritura (sus fuentes vienen con él), o pida a su departamento de informática la característica opcional «Fuentes suplementarias»; luego reinicie Carta.
fonts-hint-macos = Para verlo, abra Catálogo Tipográfico, descargue una fuente para esa escritura y reinicie Carta.
paste-page-how = Seleccione toda la página del perfil en el sitio web de la campaña, cópiela (Ctrl+C) y péguela abajo (Ctrl+V). O abra un archivo de texto con la página.
paste-page-field = La página
paste-page-hint = Pegue aquí la página
paste-page-import = Importar la página pegada
paste-page-empty = Primero pegue una página
paste-page-open-file = Abrir un archivo…
paste-page-source = La página pegada

## Ayuda e impresión
menu-help = Ayuda
command-print = Imprimir…
command-guide = Guía de uso
command-shortcuts = Atajos de teclado
command-about = Acerca de Carta
alert-print-failed = No se pudo preparar la página para imprimir
status-print-opened = La página para imprimir se abrió en su navegador: imprímala desde allí (Ctrl+P). Es { $path }.
status-print-written = La página para imprimir es { $path }: ábrala en un navegador para imprimirla.
print-no-browser = La página para imprimir es { $path }, pero ningún navegador pudo abrirla ({ $reason }). Ábrala usted para imprimirla.
shortcuts-menus = Alt o F10 abre los menús; Tab y Mayús+Tab pasan de un campo a otro; Intro o Espacio pulsa el botón enfocado; Escape cierra una ventana.
# The Shift key as its keyboards name it (menus and the shortcut sheet).
key-shift = Mayús
shortcuts-present = Al presentar: → o Espacio diapositiva siguiente, ← anterior, Inicio la primera, Fin la última, un número e Intro va a esa diapositiva, B oscurece la pantalla, G muestra todas, P la vista del presentador, Esc termina.
about-what = Guarde, revise y presente el perfil de Ciudad de Derechos Humanos de su ciudad y su catálogo de programas municipales.
about-licence = Software libre con licencia { $licence }.
about-licence-or = {" o "}
about-settings = Preferencias
about-recovery = Copias del trabajo sin guardar
about-cache = Caché de bibliotecas y páginas para imprimir
about-nowhere = no se guardan
about-profiles = Sus perfiles están donde usted los guarda; cada vez que guarda, la versión anterior queda al lado del archivo como .bak.

## Bienvenida
welcome-title = Le damos la bienvenida a Carta
welcome-explained = Carta guarda el perfil de Ciudad de Derechos Humanos de su ciudad y su catálogo de programas, lo revisa según el formulario de la campaña y lo presenta en reuniones. Todo queda en este computador.
welcome-start = Comience el perfil de su ciudad
welcome-languages = Idiomas
welcome-languages-hint = El primer idioma marcado es el principal; puede añadir otros más tarde desde la barra lateral.
welcome-start-button = Comenzar el perfil
welcome-start-needs-city = Escriba primero el nombre de su ciudad.
welcome-or = O bien
welcome-example = Ver el ejemplo de San Antonio
welcome-skip = Ir al formulario vacío
welcome-recent = Archivos recientes
example-title = Ejemplo (San Antonio)
status-started = Un perfil nuevo: siga con el panel Ciudad y guárdelo con Ctrl+S.
status-example = Este es el perfil de San Antonio, un ejemplo: al guardarlo se le pedirá un nombre propio.
slides-typed = Ir a la diapositiva { $number } (Intro)
slides-empty = Todavía no hay nada que presentar: complete el panel Ciudad y luego los demás.
presenter-clock = Son las { $time }
shortcuts-or = o
welcome-window-title = Bienvenida — Carta
presenter-thumbnail = Diapositiva { $number }: { $heading }

picture-unreadable = No se pudo leer la imagen { $file }: { $reason }
picture-not-a-picture = { $file } no es una imagen PNG o JPEG, o está dañada. Guárdela como PNG o JPEG y vuelva a elegirla.
picture-too-many-pixels = { $file } mide { $width } × { $height } píxeles: más de lo que Carta admite (100 millones). Redúzcala y vuelva a elegirla.
field-logo = Logotipo
field-cover = Foto de portada
pictures-explained = Se muestran en la diapositiva de título y en el folleto. Se guardan dentro del archivo del perfil (reducidas para poder enviarlas por correo), así que también las ven los colegas a quienes lo envíe.
picture-none = Ninguna todavía
picture-choose = Elegir…
picture-change = Cambiar…
picture-remove = Quitar
picture-damaged = Esta imagen no se puede mostrar.
dialog-choose-logo = Elegir el logotipo de la ciudad
dialog-choose-cover = Elegir una foto de portada
filter-pictures = Imágenes (PNG, JPEG)
status-logo-set = Logotipo añadido. Ctrl+Z lo quita.
status-cover-set = Foto de portada añadida. Ctrl+Z la quita.
alert-picture-failed = No se pudo usar la imagen
slide-logo-alt = Logotipo de { $city }
picture-left-out-Logo = El logotipo no se puede leer (dañado o cortado): queda fuera de lo que se publica. Vuelva a elegirlo en Ciudad.
picture-left-out-Cover = La foto de portada no se puede leer (dañada o cortada): queda fuera de lo que se publica. Vuelva a elegirla en Ciudad.
status-picture-preparing = Preparando la imagen…
status-picture-other-profile = La imagen no se añadió: ahora hay otro perfil abierto.
status-exporting = Escribiendo { $path }…
status-export-busy = Todavía se está escribiendo otra exportación; vuelva a intentarlo en un momento.
export-stopped = La escritura de la exportación se detuvo de forma inesperada.

## Traducciones que añade la persona responsable (Ayuda ▸ Traducir Carta…)
language-added-entry = { $name } — { $translated } de { $total } frases
command-translate = Traducir Carta…
command-add-translation = Añadir una traducción…
command-reload-translations = Volver a leer las traducciones
translate-into = Traducir a: { $language }
translate-title = Traducir Carta
translate-explained = Elija el idioma al que traducir Carta. Carta escribe sus frases en una carpeta, cada una con el inglés y el idioma de su interfaz al lado. Tradúzcalas en cualquier editor de texto, guarde y elija Ver ▸ Idioma de la interfaz ▸ Volver a leer las traducciones.
filter-translation = Traducción (.zip, o cualquier archivo de su carpeta)
translation-path-hint = La carpeta de una traducción (con su código como nombre, por ejemplo eu), un archivo de ella o su zip
dialog-add-translation = Elija la carpeta de una traducción (con el código de su idioma como nombre)
translation-loaded = { $name }: { $translated } de { $total } frases
translation-syntax = { $file }, línea { $line }, columna { $column }: Carta no puede leer esta frase ({ $what }). Se usa el resto del archivo.
translation-not-a-code = La carpeta { $folder } no lleva el código de un idioma (como «eu» o «pt-BR»): Carta la dejó de lado.
translation-built-in = La traducción de { $folder } tiene el código de { $language }, que Carta ya habla: se mantiene la de Carta.
translation-unreadable = { $path }: { $reason }
translation-too-many = Solo se leyeron las { $count } primeras traducciones de { $folder }.
alert-translation-problems = No se pudo leer entera una traducción
status-no-translations = No hay traducciones en la carpeta de configuración.
status-translations-read = Traducciones leídas: { $list }
status-translation-written = Las frases por traducir están en { $folder }. Tradúzcalas, guarde y elija Ver ▸ Idioma de la interfaz ▸ Volver a leer las traducciones.
status-translation-no-settings = Carta no tiene carpeta de configuración en este equipo y no puede guardar traducciones.
