<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutSection</name>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Encryption: SQLCipher %1 on SQLite %2, and libsodium %3. Qt %4.</source>
        <translation>Cifrado: SQLCipher %1 sobre SQLite %2, y libsodium %3. Qt %4.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Dónde están tus datos</translation>
    </message>
    <message>
        <source>Everything you keep in %1 is encrypted and stays in this folder on this computer:</source>
        <translation>Todo lo que guardas en %1 está cifrado y se queda en esta carpeta de esta computadora:</translation>
    </message>
    <message>
        <source>The folder&apos;s name is not shown while neutral mode is on, because it says what this app is.</source>
        <translation>El nombre de la carpeta no se muestra mientras el modo neutro está activado, porque dice qué app es esta.</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <source>Copy the folder&apos;s path</source>
        <translation>Copiar la ruta de la carpeta</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiada.</translation>
    </message>
    <message>
        <source>The file settings.ini in that folder holds only the choices on this page, never anything you write. Nothing is sent anywhere.</source>
        <translation>El archivo settings.ini de esa carpeta solo guarda las opciones de esta página, nunca nada de lo que escribes. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The full texts come with each package: on Debian, in /usr/share/doc/ (each package&apos;s “copyright” file) and /usr/share/common-licenses/.</source>
        <translation>Los textos completos vienen con cada paquete: en Debian, en /usr/share/doc/ (el archivo «copyright» de cada paquete) y en /usr/share/common-licenses/.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Picture %1, %2. Open it</source>
        <translation>Imagen %1, %2. Ábrela</translation>
    </message>
    <message>
        <source>%1, %2. Open it</source>
        <translation>%1, %2. Ábrelo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AttachmentViewerPane</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Volver</translation>
    </message>
    <message>
        <source>Close the file and go back</source>
        <translation>Cerrar el archivo y volver</translation>
    </message>
    <message>
        <source>The picture %1</source>
        <translation>La imagen %1</translation>
    </message>
    <message>
        <source>This picture cannot be shown here (it may be damaged or of a kind %1 cannot read). The file is kept exactly as it came in.</source>
        <translation>Esta imagen no se puede mostrar aquí (puede estar dañada o ser de un tipo que %1 no puede leer). El archivo se guarda tal como llegó.</translation>
    </message>
    <message>
        <source>A %1 is kept as it came in. To open it in another program, save a copy.</source>
        <translation>Un %1 se guarda tal como llegó. Para abrirlo en otro programa, guarda una copia.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in on the picture</source>
        <translation>Acercar la imagen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <source>Turn the picture a quarter to the left</source>
        <translation>Girar la imagen un cuarto a la izquierda</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <source>Turn the picture a quarter to the right</source>
        <translation>Girar la imagen un cuarto a la derecha</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole picture, upright</source>
        <translation>Mostrar la imagen completa, derecha</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · añadido el %3</translation>
    </message>
    <message>
        <source>Its name suggests another kind of file, but it is a %1 (%2). %3 keeps it as what it is.</source>
        <translation>Su nombre sugiere otro tipo de archivo, pero es un %1 (%2). %3 lo guarda como lo que es.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256) when it came in</source>
        <translation>Huella (SHA-256) al llegar</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>This picture carries hidden details: %1. It says it was taken at %2. The original keeps them; copies you save leave them out unless you choose otherwise.</source>
        <translation>Esta imagen lleva detalles ocultos: %1. Dice que fue tomada en %2. El original los conserva; las copias que guardes los dejan fuera, salvo que elijas otra cosa.</translation>
    </message>
    <message>
        <source>This file carries hidden details: %1. The original keeps them; copies you save leave them out unless you choose otherwise.</source>
        <translation>Este archivo lleva detalles ocultos: %1. El original los conserva; las copias que guardes los dejan fuera, salvo que elijas otra cosa.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Save a copy of this file outside %1, not encrypted</source>
        <translation>Guardar una copia de este archivo fuera de %1, sin cifrar</translation>
    </message>
    <message>
        <source>A copy outside %1 is not encrypted: anyone who can open that folder can see it.</source>
        <translation>Una copia fuera de %1 no está cifrada: cualquiera que pueda abrir esa carpeta puede verla.</translation>
    </message>
    <message>
        <source>Leave out hidden details such as the location (recommended)</source>
        <translation>Dejar fuera los detalles ocultos, como la ubicación (recomendado)</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Elegir dónde…</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Elegir dónde guardar la copia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not save a copy</source>
        <translation>No guardar una copia</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Quitar de %1</translation>
    </message>
    <message>
        <source>Remove this file from %1</source>
        <translation>Quitar este archivo de %1</translation>
    </message>
    <message>
        <source>Remove “%1” from %2 for good? A record keeps its name and fingerprint in its history.</source>
        <translation>¿Quitar “%1” de %2 para siempre? El registro conserva su nombre y su huella en su historial.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Quitarlo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>“%1” could not be read from the vault: part of it is missing or damaged. Nothing was saved.</source>
        <translation>No se pudo leer “%1” de la bóveda: falta una parte o está dañada. No se guardó nada.</translation>
    </message>
    <message>
        <source>There are no files to export in what you chose.</source>
        <translation>No hay archivos para exportar en lo que elegiste.</translation>
    </message>
    <message>
        <source>Choose a name for the new folder.</source>
        <translation>Elige un nombre para la carpeta nueva.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose a name for a new folder.</source>
        <translation>%1 ya existe y se dejó como estaba. Elige un nombre para una carpeta nueva.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose one that does.</source>
        <translation>La carpeta %1 no existe. Elige una que sí exista.</translation>
    </message>
    <message>
        <source>%2 could not make a folder in %1. Check that it can be written to.</source>
        <translation>%2 no pudo crear una carpeta en %1. Comprueba que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>The export was stopped. No folder was made.</source>
        <translation>La exportación se detuvo. No se creó ninguna carpeta.</translation>
    </message>
    <message>
        <source>The files were ready but the folder could not be named %1. Nothing was left behind.</source>
        <translation>Los archivos estaban listos, pero la carpeta no se pudo llamar %1. No quedó nada a medias.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file, so it was left alone.</source>
        <translation>%1 no es un archivo normal, así que no se tocó.</translation>
    </message>
    <message>
        <source>The original could not be deleted (%1). It is still at %2.</source>
        <translation>No se pudo borrar el original (%1). Sigue en %2.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most %3 keeps for one file. Nothing was added. A shorter recording or a smaller copy of it would fit.</source>
        <translation>“%1” pesa más de %2, lo máximo que %3 guarda por archivo. No se añadió nada. Una grabación más corta o una copia más pequeña sí cabría.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), so there is nothing in it to keep.</source>
        <translation>“%1” está vacío (0 bytes), así que no tiene nada que guardar.</translation>
    </message>
    <message>
        <source>That file is no longer in the vault.</source>
        <translation>Ese archivo ya no está en la bóveda.</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>There is no record %1 (it may have been deleted). Nothing was added.</source>
        <translation>No existe el registro %1 (puede que se haya borrado). No se añadió nada.</translation>
    </message>
    <message>
        <source>There is no journal entry %1 (it may have been deleted). Nothing was added.</source>
        <translation>No existe la entrada del diario %1 (puede que se haya borrado). No se añadió nada.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the files inside it one by one.</source>
        <translation>%1 es una carpeta. Elige los archivos de dentro uno por uno.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file, so it cannot be kept.</source>
        <translation>“%1” no es un archivo normal, así que no se puede guardar.</translation>
    </message>
    <message>
        <source>“%1” could not be opened (%2). Check that you are allowed to read it.</source>
        <translation>No se pudo abrir “%1” (%2). Comprueba que tengas permiso para leerlo.</translation>
    </message>
    <message>
        <source>“%1” could not be read to the end (%2). Nothing of it was kept.</source>
        <translation>No se pudo leer “%1” hasta el final (%2). No se guardó nada de él.</translation>
    </message>
    <message>
        <source>The disk filled up while “%1” was being added. Nothing of it was kept, and everything else is as it was. Free some space and try again.</source>
        <translation>El disco se llenó mientras se añadía “%1”. No se guardó nada de él y todo lo demás sigue como estaba. Libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Adding “%1” was stopped. Nothing of it was kept.</source>
        <translation>Se detuvo la adición de “%1”. No se guardó nada de él.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read (it should have %2, it had %3). Nothing of it was kept; try again once it is complete.</source>
        <translation>“%1” cambió mientras se leía (debía tener %2 y tenía %3). No se guardó nada de él; inténtalo de nuevo cuando esté completo.</translation>
    </message>
    <message>
        <source>“%1” is too large to open here.</source>
        <translation>“%1” es demasiado grande para abrirlo aquí.</translation>
    </message>
    <message>
        <source>“%1” could not be read from the vault: part of it is missing or damaged.</source>
        <translation>No se pudo leer “%1” de la bóveda: falta una parte o está dañada.</translation>
    </message>
    <message>
        <source>Your files in %2 now take %1. Everything still works; a backup simply takes longer and needs as much free space again while it is made. Some USB sticks cannot hold a file over 4 GB.</source>
        <translation>Tus archivos en %2 ocupan ahora %1. Todo sigue funcionando; solo que una copia de seguridad tarda más y necesita otro tanto de espacio libre mientras se hace. Algunas memorias USB no admiten archivos de más de 4 GB.</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>This picture is damaged or unusual, so %1 cannot be sure of removing its hidden details. No copy was made. You can save the original as it is instead.</source>
        <translation>Esta imagen está dañada o es poco común, así que %1 no puede asegurar que se quiten sus detalles ocultos. No se hizo ninguna copia. Puedes guardar el original tal como está.</translation>
    </message>
    <message>
        <source>The picture could not be read from the vault.</source>
        <translation>No se pudo leer la imagen de la bóveda.</translation>
    </message>
    <message>
        <source>%1 can remove hidden details from JPEG, PNG and WebP pictures only. Save the original as it is instead.</source>
        <translation>%1 solo puede quitar detalles ocultos de imágenes JPEG, PNG y WebP. Guarda el original tal como está.</translation>
    </message>
    <message>
        <source>the place it was taken (GPS)</source>
        <translation>el lugar donde se tomó (GPS)</translation>
    </message>
    <message>
        <source>the phone or camera it was taken with</source>
        <translation>el teléfono o la cámara con que se tomó</translation>
    </message>
    <message>
        <source>when it was taken</source>
        <translation>cuándo se tomó</translation>
    </message>
    <message>
        <source>camera details (EXIF)</source>
        <translation>detalles de la cámara (EXIF)</translation>
    </message>
    <message>
        <source>editing details (XMP)</source>
        <translation>detalles de edición (XMP)</translation>
    </message>
    <message>
        <source>captions or names (IPTC)</source>
        <translation>leyendas o nombres (IPTC)</translation>
    </message>
    <message>
        <source>hidden text or comments</source>
        <translation>texto oculto o comentarios</translation>
    </message>
    <message>
        <source>when it was last changed</source>
        <translation>cuándo se cambió por última vez</translation>
    </message>
    <message>
        <source>extra data after the picture</source>
        <translation>datos extra después de la imagen</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The disk that holds %1&apos;s data folder is full. A backup first makes an encrypted copy of the vault there, as large as the vault itself; free some space on that disk, then try again. Nothing was written.</source>
        <translation>El disco donde está la carpeta de datos de %1 está lleno. Una copia de seguridad primero hace allí una copia cifrada de la bóveda, tan grande como la bóveda misma; libera algo de espacio en ese disco y vuelve a intentarlo. No se escribió nada.</translation>
    </message>
    <message>
        <source>Copying your vault</source>
        <translation>Copiando tu bóveda</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>No se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Writing the backup file</source>
        <translation>Escribiendo el archivo de la copia de seguridad</translation>
    </message>
    <message>
        <source>Making the backup passphrase&apos;s key</source>
        <translation>Preparando la clave de la frase de la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>The backup is encrypted with a backup passphrase you choose now. Without that passphrase nobody can open the backup, not even you, so keep it somewhere safe.</source>
        <translation>La copia se cifra con una frase de contraseña que eliges ahora. Sin esa frase nadie puede abrir la copia, ni siquiera tú, así que guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Backup passphrase, 8 or more characters</source>
        <translation>Frase de 8 caracteres o más</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>The same backup passphrase again</source>
        <translation>La misma frase otra vez</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>Frase de contraseña de la copia, otra vez</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Haciendo la copia</translation>
    </message>
    <message>
        <source>Make a copy of everything you keep here, to put somewhere other than this computer, such as a USB stick. You can restore it into a new %1 later.</source>
        <translation>Haz una copia de todo lo que guardas aquí, para tenerla en otro lugar que no sea esta computadora, como una memoria USB. Más adelante puedes restaurarla en un %1 nuevo.</translation>
    </message>
    <message>
        <source>Saved to %1. It is encrypted; keep the backup passphrase somewhere safe.</source>
        <translation>Guardada en %1. Está cifrada; guarda la frase de contraseña de la copia en un lugar seguro.</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Hacer una copia…</translation>
    </message>
    <message>
        <source>Choose where to save an encrypted backup</source>
        <translation>Elegir dónde guardar una copia cifrada</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Guardar la copia</translation>
    </message>
    <message>
        <source>my-backup.tidelinebackup</source>
        <translation>mi-copia.tidelinebackup</translation>
    </message>
    <message>
        <source>Stopped. No backup file was made.</source>
        <translation>Detenido. No se creó ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup is locked with its own passphrase. Asking for yours again means nobody else at your open computer can take a copy of everything.</source>
        <translation>La copia de seguridad está protegida con su propia frase de contraseña. Volver a pedirte la tuya evita que otra persona en tu computadora abierta se lleve una copia de todo.</translation>
    </message>
</context>
<context>
    <name>BodyScanTool</name>
    <message>
        <source>Body scan</source>
        <translation>Recorrido por el cuerpo</translation>
    </message>
    <message>
        <source>Find a position that feels all right for now, sitting or lying down. You can keep your eyes open and rest them on one spot, or close them if that feels better.</source>
        <translation>Busca una postura que te resulte cómoda por ahora, sentada o tumbada. Puedes dejar los ojos abiertos y posarlos en un punto, o cerrarlos si así te sientes mejor.</translation>
    </message>
    <message>
        <source>Notice where your body is held up: the floor under your feet, the seat under you, your back against something. Let it take a little of your weight.</source>
        <translation>Fíjate en lo que sostiene tu cuerpo: el suelo bajo los pies, el asiento debajo de ti, la espalda apoyada en algo. Deja que sostenga un poco de tu peso.</translation>
    </message>
    <message>
        <source>Bring your attention to your feet. Warm, cool, heavy, tingling, or nothing much at all. Whatever you find is fine.</source>
        <translation>Lleva la atención a los pies. Calor, frescor, peso, un cosquilleo, o casi nada. Lo que encuentres está bien.</translation>
    </message>
    <message>
        <source>Move up to your legs and knees. If there is tension, you don&apos;t have to change it. Just notice it is there.</source>
        <translation>Sube a las piernas y las rodillas. Si hay tensión, no tienes que cambiarla. Solo nota que está ahí.</translation>
    </message>
    <message>
        <source>Notice your hands. You might press your fingertips together, or rest them on something with a texture you like.</source>
        <translation>Fíjate en las manos. Puedes juntar las yemas de los dedos, o apoyarlas en algo con una textura que te guste.</translation>
    </message>
    <message>
        <source>Notice your shoulders. If they have risen, see whether they would like to drop a little. If not, that&apos;s all right.</source>
        <translation>Fíjate en los hombros. Si se han subido, mira si quieren bajar un poco. Si no, está bien.</translation>
    </message>
    <message>
        <source>Notice your jaw and your forehead. Some people like to let the jaw loosen and the tongue rest. Do only what feels comfortable.</source>
        <translation>Fíjate en la mandíbula y la frente. A algunas personas les gusta aflojar la mandíbula y dejar descansar la lengua. Haz solo lo que te resulte cómodo.</translation>
    </message>
    <message>
        <source>If any part of your body feels uncomfortable to notice, you can skip it, move your attention somewhere neutral like your hands, or open your eyes and look around the room.</source>
        <translation>Si alguna parte del cuerpo te resulta incómoda de notar, puedes saltarla, llevar la atención a algo neutro como las manos, o abrir los ojos y mirar la habitación.</translation>
    </message>
    <message>
        <source>Take one slower breath, if you like. Notice the room around you: what you can see, what you can hear.</source>
        <translation>Toma una respiración más lenta, si quieres. Fíjate en la habitación a tu alrededor: lo que ves, lo que oyes.</translation>
    </message>
    <message>
        <source>That&apos;s the end of the scan. Thank you for taking this time. You can come back to it whenever you want, or not at all.</source>
        <translation>Aquí termina el recorrido. Gracias por darte este tiempo. Puedes volver a él cuando quieras, o no volver.</translation>
    </message>
    <message>
        <source>Step %1 of %2. Go at your own pace; you can stop at any moment.</source>
        <translation>Paso %1 de %2. Ve a tu ritmo; puedes parar en cualquier momento.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>BreathingTool</name>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>Calm, 4 and 4</source>
        <translation>Tranquila, 4 y 4</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>Box, 4-4-4-4</source>
        <translation>Cuadrada, 4-4-4-4</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Hold gently</source>
        <translation>Sostén con suavidad</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Pick a rhythm that feels comfortable. If any of it feels wrong, breathe however suits you, or stop: that is fine too.</source>
        <translation>Elige un ritmo que te resulte cómodo. Si algo no te sienta bien, respira como te vaya mejor, o para: también está bien.</translation>
    </message>
    <message>
        <source>Rhythm: %1</source>
        <translation>Ritmo: %1</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Cuando quieras</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>BuiltinText</name>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <source>Nightmares</source>
        <translation>Pesadillas</translation>
    </message>
    <message>
        <source>Flashbacks</source>
        <translation>Flashbacks</translation>
    </message>
    <message>
        <source>Intrusive thoughts</source>
        <translation>Pensamientos intrusivos</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>Numbness or dissociation</source>
        <translation>Entumecimiento o disociación</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Feeling safe</source>
        <translation>Sensación de seguridad</translation>
    </message>
    <message>
        <source>Thoughts of self-harm</source>
        <translation>Pensamientos de hacerte daño</translation>
    </message>
    <message>
        <source>Drink some water</source>
        <translation>Beber agua</translation>
    </message>
    <message>
        <source>Regular meals</source>
        <translation>Comidas regulares</translation>
    </message>
    <message>
        <source>A 30-minute walk</source>
        <translation>Un paseo de 30 minutos</translation>
    </message>
    <message>
        <source>Time outdoors</source>
        <translation>Tiempo al aire libre</translation>
    </message>
    <message>
        <source>Meditation, yoga, tai chi or dancing</source>
        <translation>Meditación, yoga, taichí o baile</translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation>Escribir en el diario</translation>
    </message>
    <message>
        <source>7–9 hours of sleep</source>
        <translation>Dormir 7–9 horas</translation>
    </message>
    <message>
        <source>Less caffeine</source>
        <translation>Menos cafeína</translation>
    </message>
    <message>
        <source>Bed for sleep only</source>
        <translation>La cama, solo para dormir</translation>
    </message>
    <message>
        <source>Avoiding alcohol and drugs</source>
        <translation>Evitar el alcohol y las drogas</translation>
    </message>
    <message>
        <source>Reaching out to someone I trust</source>
        <translation>Hablar con alguien de confianza</translation>
    </message>
    <message>
        <source>Clothes</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Phone charger</source>
        <translation>Cargador del teléfono</translation>
    </message>
    <message>
        <source>ID and passport</source>
        <translation>Documento de identidad y pasaporte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Dinero en efectivo</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Important documents</source>
        <translation>Documentos importantes</translation>
    </message>
    <message>
        <source>Time outdoors in a green space</source>
        <translation>Tiempo al aire libre en un espacio verde</translation>
    </message>
    <message>
        <source>Healthier food</source>
        <translation>Comida más saludable</translation>
    </message>
    <message>
        <source>Extra keys</source>
        <translation>Llaves de repuesto</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Social security card or national ID card</source>
        <translation>Tarjeta del seguro social o documento nacional de identidad</translation>
    </message>
    <message>
        <source>Prescription medications</source>
        <translation>Medicamentos recetados</translation>
    </message>
    <message>
        <source>Other important papers</source>
        <translation>Otros papeles importantes</translation>
    </message>
    <message>
        <source>My phone, charged</source>
        <translation>Mi teléfono, con carga</translation>
    </message>
    <message>
        <source>My house and car keys</source>
        <translation>Las llaves de mi casa y de mi auto</translation>
    </message>
    <message>
        <source>My wallet or purse, with some money</source>
        <translation>Mi billetera o cartera, con algo de dinero</translation>
    </message>
    <message>
        <source>Important numbers, written on paper</source>
        <translation>Números importantes, anotados en papel</translation>
    </message>
    <message>
        <source>A place of safety in mind, and how to get there</source>
        <translation>Un lugar seguro en mente, y cómo llegar ahí</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Previous year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Año siguiente</translation>
    </message>
    <message>
        <source>Deeper colour: a higher value; an outline: nothing recorded. Click or tap a day to see its value.</source>
        <translation>Color más intenso: un valor más alto; solo el borde: sin anotar. Haz clic o toca un día para ver su valor.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>The month before</source>
        <translation>El mes anterior</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>El mes siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ChangeSecretForm</name>
    <message>
        <source>The new one and its confirmation didn&apos;t match. Please type both again.</source>
        <translation>La nueva y su confirmación no coinciden. Escribe las dos otra vez, por favor.</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Cambiar el PIN…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>Type the new one again</source>
        <translation>Escribe la nueva otra vez</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save the new one</source>
        <translation>Guardar la nueva</translation>
    </message>
    <message>
        <source>Done. Use the new one from now on.</source>
        <translation>Listo. Desde ahora, usa la nueva.</translation>
    </message>
</context>
<context>
    <name>Checkup</name>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <translation>Línea %1, %2</translation>
    </message>
    <message>
        <source>%1: should be a list [ … ]. Nothing was imported.</source>
        <translation>%1: debe ser una lista [ … ]. No se importó nada.</translation>
    </message>
    <message>
        <source>should be a form { … }.</source>
        <translation>debe ser un cuestionario { … }.</translation>
    </message>
    <message>
        <source>“%1” is already the key of the built-in %2.</source>
        <translation>«%1» ya es la clave del %2 incluido.</translation>
    </message>
    <message>
        <source>should be an object { … }.</source>
        <translation>debe ser un objeto { … }.</translation>
    </message>
    <message>
        <source>there is no check-up “%1” in this vault or in the file.</source>
        <translation>no hay ningún cuestionario «%1» en esta bóveda ni en el archivo.</translation>
    </message>
    <message>
        <source>should be a day written as YYYY-MM-DD.</source>
        <translation>debe ser un día escrito como YYYY-MM-DD (año-mes-día).</translation>
    </message>
    <message>
        <source>should be a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC).</source>
        <translation>debe ser una hora escrita como YYYY-MM-DDTHH:MM:SS.SSSZ (UTC).</translation>
    </message>
    <message>
        <source>should be a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC), or null.</source>
        <translation>debe ser una hora escrita como YYYY-MM-DDTHH:MM:SS.SSSZ (UTC), o null.</translation>
    </message>
    <message>
        <source>the %1 has no such question.</source>
        <translation>el %1 no tiene esa pregunta.</translation>
    </message>
    <message>
        <source>is not one of the question&apos;s answers (%1 to %2).</source>
        <translation>no es una de las respuestas de la pregunta (de %1 a %2).</translation>
    </message>
    <message>
        <source>should be 0, 1, 2 or 4.</source>
        <translation>debe ser 0, 1, 2 o 4.</translation>
    </message>
    <message>
        <source>should be a day written as YYYY-MM-DD, or null.</source>
        <translation>debe ser un día escrito como YYYY-MM-DD (año-mes-día), o null.</translation>
    </message>
    <message>
        <source>There is no check-up %1 (it may have been thrown away).</source>
        <translation>No hay ningún cuestionario %1 (quizá se descartó).</translation>
    </message>
    <message>
        <source>The %1 has no question “%2”. Nothing was saved.</source>
        <translation>El %1 no tiene ninguna pregunta «%2». No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 is not one of the answers to question %2 of the %3 (%4). Nothing was saved.</source>
        <translation>%1 no es una de las respuestas de la pregunta %2 del %3 (%4). No se guardó nada.</translation>
    </message>
    <message>
        <source>That check-up is not a %1. Nothing was saved.</source>
        <translation>Ese cuestionario no es un %1. No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 is not one of the answers to question %2 of the %3 (%4 to %5). Nothing was saved.</source>
        <translation>%1 no es una de las respuestas de la pregunta %2 del %3 (de %4 a %5). No se guardó nada.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>taken %1 in this period and %2 in the earlier one</source>
        <translation>respondido %1 en este periodo y %2 en el anterior</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>ninguna vez</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 menos</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <source>a change of at least the size counted as clinically meaningful</source>
        <translation>un cambio de al menos el tamaño que se considera clínicamente significativo</translation>
    </message>
    <message>
        <source>a reliable change, smaller than the clinically meaningful size</source>
        <translation>un cambio fiable, menor que el tamaño clínicamente significativo</translation>
    </message>
    <message>
        <source>%1: %2 → %3, the latest total in each period (%4%5); %6</source>
        <translation>%1: %2 → %3, el último total de cada periodo (%4%5); %6</translation>
    </message>
    <message>
        <source>%1: %2 most recently; %3</source>
        <translation>%1: %2 la última vez; %3</translation>
    </message>
    <message>
        <source>%1: %2 most recently in the earlier period; %3</source>
        <translation>%1: %2 la última vez en el periodo anterior; %3</translation>
    </message>
    <message>
        <source>%1: no total in either period (questions were skipped); %2</source>
        <translation>%1: sin total en ninguno de los dos periodos (se saltaron preguntas); %2</translation>
    </message>
    <message>
        <source>A check-up can be suggested every 1, 2 or 4 weeks, or only when you start one.</source>
        <translation>Un cuestionario se puede sugerir cada 1, 2 o 4 semanas, o solo cuando tú lo empiezas.</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>sin total</translation>
    </message>
    <message>
        <source>%1 of %2 (worked out from %3 of %4 answers)</source>
        <translation>%1 de %2 (calculado a partir de %3 de %4 respuestas)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No total: none of the scored questions was answered.</source>
        <translation>Sin total: no se respondió ninguna de las preguntas que puntúan.</translation>
    </message>
    <message>
        <source>No total this time: 1 question was skipped</source>
        <translation>Esta vez no hay total: se saltó 1 pregunta</translation>
    </message>
    <message>
        <source>%1, and the %2 gives a total only when every question is answered. Your answers are kept.</source>
        <translation>%1, y el %2 solo da un total cuando se responden todas las preguntas. Tus respuestas se guardan.</translation>
    </message>
    <message>
        <source>%1, and the %2 gives a total only when no more than %3 are skipped. Your answers are kept.</source>
        <translation>%1, y el %2 solo da un total cuando no se saltan más de %3. Tus respuestas se guardan.</translation>
    </message>
    <message>
        <source>A score is not a diagnosis: your therapist can tell you what it means for you.</source>
        <translation>Una puntuación no es un diagnóstico: tu terapeuta puede decirte qué significa para ti.</translation>
    </message>
    <message>
        <source>Scores in this range are often called “%1”.</source>
        <translation>A las puntuaciones en este rango se les suele llamar «%1».</translation>
    </message>
    <message>
        <source>For the %1, a change of %2 points or more is counted as reliable, and %3 or more as clinically meaningful.</source>
        <translation>En el %1, un cambio de %2 puntos o más se considera fiable, y de %3 o más, clínicamente significativo.</translation>
    </message>
    <message>
        <source>For the %1, a change of %2 points or more is commonly counted as clinically meaningful.</source>
        <translation>En el %1, un cambio de %2 puntos o más suele considerarse clínicamente significativo.</translation>
    </message>
    <message>
        <source>For the %1, a change of %2 points or more is counted as reliable.</source>
        <translation>En el %1, un cambio de %2 puntos o más se considera fiable.</translation>
    </message>
    <message>
        <source>The same total as last time (%1).</source>
        <translation>El mismo total que la última vez (%1).</translation>
    </message>
    <message>
        <source>1 point lower than last time (%1).</source>
        <translation>1 punto menos que la última vez (%1).</translation>
    </message>
    <message>
        <source>1 point higher than last time (%1).</source>
        <translation>1 punto más que la última vez (%1).</translation>
    </message>
    <message>
        <source>This form does not say what size of change is meaningful.</source>
        <translation>Este cuestionario no dice qué tamaño de cambio es significativo.</translation>
    </message>
    <message>
        <source>This change is at least the clinically meaningful size.</source>
        <translation>Este cambio llega al menos al tamaño clínicamente significativo.</translation>
    </message>
    <message>
        <source>This change is at least that size.</source>
        <translation>Este cambio llega al menos a ese tamaño.</translation>
    </message>
    <message>
        <source>This change is reliable, and smaller than the clinically meaningful size.</source>
        <translation>Este cambio es fiable, y menor que el tamaño clínicamente significativo.</translation>
    </message>
    <message>
        <source>This change is smaller than that.</source>
        <translation>Este cambio es menor que ese.</translation>
    </message>
    <message>
        <source>These questions are about %1.</source>
        <translation>Estas preguntas tratan sobre %1.</translation>
    </message>
    <message>
        <source>There is no check-up called “%1”. There are: %2.</source>
        <translation>No hay ningún cuestionario llamado «%1». Estos son los que hay: %2.</translation>
    </message>
    <message>
        <source>This form&apos;s key “%1” is already the key of the built-in %2. Give the form another key. Nothing was added.</source>
        <translation>La clave «%1» de este cuestionario ya es la clave del %2 incluido. Ponle otra clave al cuestionario. No se añadió nada.</translation>
    </message>
    <message>
        <source>A form with the key “%1” (%2) is already here. Nothing was added.</source>
        <translation>Ya hay aquí un cuestionario con la clave «%1» (%2). No se añadió nada.</translation>
    </message>
    <message>
        <source>This form cannot be used. %1: %2 Nothing was added.</source>
        <translation>Este cuestionario no se puede usar. %1: %2 No se añadió nada.</translation>
    </message>
    <message>
        <source>should be text, and not empty.</source>
        <translation>debe ser texto, y no estar vacío.</translation>
    </message>
    <message>
        <source>should be text or null.</source>
        <translation>debe ser texto o null.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>should be a whole number from %1 to %2.</source>
        <translation>debe ser un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>should be true or false.</source>
        <translation>debe ser true o false.</translation>
    </message>
    <message>
        <source>should be a list [ … ].</source>
        <translation>debe ser una lista [ … ].</translation>
    </message>
    <message>
        <source>should list from 2 to %1 answers.</source>
        <translation>debe tener de 2 a %1 respuestas.</translation>
    </message>
    <message>
        <source>should be an object { &quot;value&quot;: …, &quot;label&quot;: … }.</source>
        <translation>debe ser un objeto { &quot;value&quot;: …, &quot;label&quot;: … }.</translation>
    </message>
    <message>
        <source>the value %1 is given to two answers.</source>
        <translation>el valor %1 está en dos respuestas.</translation>
    </message>
    <message>
        <source>should be an object { &quot;id&quot;: …, &quot;text&quot;: … }.</source>
        <translation>debe ser un objeto { &quot;id&quot;: …, &quot;text&quot;: … }.</translation>
    </message>
    <message>
        <source>an id is 1 to 40 of a-z, 0-9, - and _.</source>
        <translation>un id tiene de 1 a 40 caracteres entre a-z, 0-9, - y _.</translation>
    </message>
    <message>
        <source>“%1” is the id of two questions.</source>
        <translation>«%1» es el id de dos preguntas.</translation>
    </message>
    <message>
        <source>this question has no answers, and the form has no shared &quot;options&quot;.</source>
        <translation>esta pregunta no tiene respuestas, y el cuestionario no tiene &quot;options&quot; compartidas.</translation>
    </message>
    <message>
        <source>at least one question should be scored.</source>
        <translation>al menos una pregunta debe puntuar.</translation>
    </message>
    <message>
        <source>Forms can only be scored by &quot;sum&quot;.</source>
        <translation>Los cuestionarios solo se pueden puntuar con &quot;sum&quot;.</translation>
    </message>
    <message>
        <source>the form says totals run from %1 to %2, but its scored questions add up to %3 to %4.</source>
        <translation>el cuestionario dice que los totales van de %1 a %2, pero sus preguntas que puntúan suman de %3 a %4.</translation>
    </message>
    <message>
        <source>should be smaller than the number of scored questions (%1).</source>
        <translation>debe ser menor que el número de preguntas que puntúan (%1).</translation>
    </message>
    <message>
        <source>should list from 1 to 12 ranges of totals.</source>
        <translation>debe tener de 1 a 12 rangos de totales.</translation>
    </message>
    <message>
        <source>should be an object { &quot;min&quot;: …, &quot;max&quot;: …, &quot;label&quot;: … }.</source>
        <translation>debe ser un objeto { &quot;min&quot;: …, &quot;max&quot;: …, &quot;label&quot;: … }.</translation>
    </message>
    <message>
        <source>the ranges should follow each other from %1 to %2 without a gap or an overlap; this one should start at %3.</source>
        <translation>los rangos deben seguirse de %1 a %2 sin huecos ni solapamientos; este debería empezar en %3.</translation>
    </message>
    <message>
        <source>the ranges end at %1, but totals run up to %2.</source>
        <translation>los rangos terminan en %1, pero los totales llegan hasta %2.</translation>
    </message>
    <message>
        <source>This file is too large to be a check-up form (over %1 KB). Nothing was added.</source>
        <translation>Este archivo es demasiado grande para ser un cuestionario (más de %1 KB). No se añadió nada.</translation>
    </message>
    <message>
        <source>This file is not a check-up form: it is not one JSON object. Nothing was added.</source>
        <translation>Este archivo no es un cuestionario: no es un único objeto JSON. No se añadió nada.</translation>
    </message>
    <message>
        <source>This file is not a check-up form (its &quot;format&quot; is not &quot;tideline-checkup&quot;). Nothing was added.</source>
        <translation>Este archivo no es un cuestionario (su &quot;format&quot; no es &quot;tideline-checkup&quot;). No se añadió nada.</translation>
    </message>
    <message>
        <source>This form was made for a newer version of %1 (format version %2). Nothing was added.</source>
        <translation>Este cuestionario se hizo para una versión más nueva de %1 (versión de formato %2). No se añadió nada.</translation>
    </message>
    <message>
        <source>a form&apos;s key is 1 to 40 of a-z, 0-9, - and _, such as &quot;my-form&quot;.</source>
        <translation>la clave de un cuestionario tiene de 1 a 40 caracteres entre a-z, 0-9, - y _, como &quot;mi-cuestionario&quot;.</translation>
    </message>
    <message>
        <source>is not part of a check-up form (a misspelt field?).</source>
        <translation>no forma parte de un cuestionario (¿un campo mal escrito?).</translation>
    </message>
    <message>
        <source>This questionnaire is in English: it is shown in the words it was published and tested in, because a translated question is no longer the same questionnaire. Your answers and your total mean the same to your therapist.</source>
        <translation>Este cuestionario está en inglés: se muestra con las palabras con las que se publicó y se validó, porque una pregunta traducida ya no es el mismo cuestionario. Tus respuestas y tu total significan lo mismo para tu terapeuta.</translation>
    </message>
    <message>
        <source>This questionnaire is in the language it was written in: it is shown in its own words, because a translated question is no longer the same questionnaire.</source>
        <translation>Este cuestionario está en el idioma en que se escribió: se muestra con sus propias palabras, porque una pregunta traducida ya no es el mismo cuestionario.</translation>
    </message>
    <message>
        <source>This total is in the range from %1 to %2.</source>
        <translation>Este total está en el rango de %1 a %2.</translation>
    </message>
    <message>
        <source>The time these questions are about, in the form&apos;s own words: “%1”.</source>
        <translation>El periodo del que tratan estas preguntas, con las palabras del cuestionario: «%1».</translation>
    </message>
    <message>
        <source>1 question about %1</source>
        <translation>1 pregunta sobre %1</translation>
    </message>
    <message>
        <source>1 question (its time, in the form&apos;s own words: “%1”)</source>
        <translation>1 pregunta (su periodo, con las palabras del cuestionario: «%1»)</translation>
    </message>
    <message>
        <source>the answers should have the values %1, as in the form.</source>
        <translation>las respuestas deben tener los valores %1, como en el cuestionario.</translation>
    </message>
    <message>
        <source>the form has no question “%1”.</source>
        <translation>el cuestionario no tiene la pregunta «%1».</translation>
    </message>
    <message>
        <source>the question “%1” has no text in this language.</source>
        <translation>la pregunta «%1» no tiene texto en este idioma.</translation>
    </message>
    <message>
        <source>the form has no content note in its own language.</source>
        <translation>el cuestionario no tiene aviso de contenido en su propio idioma.</translation>
    </message>
    <message>
        <source>should be a language code of two or three letters a-z, such as &quot;en&quot; or &quot;es&quot;.</source>
        <translation>debe ser un código de idioma de dos o tres letras a-z, como &quot;en&quot; o &quot;es&quot;.</translation>
    </message>
    <message>
        <source>should be an object { &quot;es&quot;: { … } }.</source>
        <translation>debe ser un objeto { &quot;es&quot;: { … } }.</translation>
    </message>
    <message>
        <source>should have at most %1 languages.</source>
        <translation>debe tener como máximo %1 idiomas.</translation>
    </message>
    <message>
        <source>a language code is two or three letters a-z, such as &quot;es&quot;.</source>
        <translation>un código de idioma tiene dos o tres letras a-z, como &quot;es&quot;.</translation>
    </message>
    <message>
        <source>this is the form&apos;s own language (&quot;language&quot;).</source>
        <translation>este es el idioma propio del cuestionario (&quot;language&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions about %1</source>
        <translation>
            <numerusform>%n pregunta sobre %1</numerusform>
            <numerusform>%n preguntas sobre %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions (their time, in the form&apos;s own words: “%1”)</source>
        <translation>
            <numerusform>%n pregunta (su periodo, con las palabras del cuestionario: «%1»)</numerusform>
            <numerusform>%n preguntas (su periodo, con las palabras del cuestionario: «%1»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No total this time: %n questions were skipped</source>
        <translation>
            <numerusform>Esta vez no hay total: se saltó %n pregunta</numerusform>
            <numerusform>Esta vez no hay total: se saltaron %n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points lower than last time (%1).</source>
        <translation>
            <numerusform>%n punto menos que la última vez (%1).</numerusform>
            <numerusform>%n puntos menos que la última vez (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points higher than last time (%1).</source>
        <translation>
            <numerusform>%n punto más que la última vez (%1).</numerusform>
            <numerusform>%n puntos más que la última vez (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>should list from 1 to %n questions.</source>
        <translation>
            <numerusform>debe tener 1 pregunta.</numerusform>
            <numerusform>debe tener de 1 a %n preguntas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckupDueCard</name>
    <message>
        <source>%1 check-up</source>
        <translation>Cuestionario %1</translation>
    </message>
    <message>
        <source>Your %1 is waiting where you left it, whenever you want to carry on.</source>
        <translation>Tu %1 te espera donde lo dejaste, para cuando quieras seguir.</translation>
    </message>
    <message>
        <source>Your %1 check-up is here, if you&apos;d like to take it. It takes a few minutes.</source>
        <translation>Aquí tienes tu cuestionario %1, si quieres responderlo. Lleva unos minutos.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Take it now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <source>Take the %1 now</source>
        <translation>Responder el %1 ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: ask again in a few days</source>
        <translation>Ahora no: volver a preguntar en unos días</translation>
    </message>
    <message>
        <source>Stop suggesting this</source>
        <translation>No sugerirlo más</translation>
    </message>
    <message>
        <source>Stop suggesting the %1; I&apos;ll start it when I want to</source>
        <translation>No sugerir más el %1; lo empezaré cuando yo quiera</translation>
    </message>
</context>
<context>
    <name>CheckupIntro</name>
    <message>
        <source>Every question can be skipped. Each answer is kept as you give it, so you can stop and carry on another time.</source>
        <translation>Puedes saltarte cualquier pregunta. Cada respuesta se guarda en cuanto la das, así que puedes parar y seguir en otro momento.</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Quiero ver</translation>
    </message>
    <message>
        <source>One question at a time</source>
        <translation>Una pregunta a la vez</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation>La lista completa</translation>
    </message>
    <message>
        <source>Carry on where I left off</source>
        <translation>Seguir donde lo dejé</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start again: the unfinished answers are thrown away</source>
        <translation>Empezar de nuevo: se descartan las respuestas sin terminar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>CheckupQuestion</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Take this answer back</source>
        <translation>Quitar esta respuesta</translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation>Saltar esta</translation>
    </message>
    <message>
        <source>Take back the answer to question %1</source>
        <translation>Quitar la respuesta a la pregunta %1</translation>
    </message>
    <message>
        <source>Skip question %1</source>
        <translation>Saltar la pregunta %1</translation>
    </message>
</context>
<context>
    <name>CheckupResult</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done: back to check-ups</source>
        <translation>Listo: volver a los cuestionarios</translation>
    </message>
</context>
<context>
    <name>CheckupSettings</name>
    <message>
        <source>Nothing is suggested until you choose. A suggestion on Today can always be put off or stopped.</source>
        <translation>No se sugiere nada hasta que tú lo elijas. Una sugerencia en Hoy siempre se puede posponer o detener.</translation>
    </message>
    <message>
        <source>Not in my check-ups</source>
        <translation>No está en mis cuestionarios</translation>
    </message>
    <message>
        <source>Only when I start one</source>
        <translation>Solo cuando yo lo empiece</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>How often to suggest the %1</source>
        <translation>Cada cuánto sugerir el %1</translation>
    </message>
    <message>
        <source>A form from your therapist</source>
        <translation>Un cuestionario de tu terapeuta</translation>
    </message>
    <message>
        <source>If your therapist gave you a questionnaire as a %1 form file (.json), you can add it here. You will see what it holds before it is added.</source>
        <translation>Si tu terapeuta te dio un cuestionario como archivo de %1 (.json), puedes añadirlo aquí. Verás lo que contiene antes de que se añada.</translation>
    </message>
    <message>
        <source>Choose a form file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a check-up form file from your therapist</source>
        <translation>Elegir un archivo de cuestionario de tu terapeuta</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>Añadirlo</translation>
    </message>
    <message>
        <source>Add this form</source>
        <translation>Añadir este cuestionario</translation>
    </message>
    <message>
        <source>Don&apos;t add it</source>
        <translation>No añadirlo</translation>
    </message>
    <message>
        <source>Choose the form file</source>
        <translation>Elegir el archivo del cuestionario</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Cada semana</numerusform>
            <numerusform>Cada %n semanas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckupSupport</name>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Thank you for answering that. Thoughts like these are heavy to carry, and you don&apos;t have to carry them alone. If talking to someone might help, support is here, day and night.</source>
        <translation>Gracias por responder eso. Pensamientos así pesan mucho, y no tienes que cargarlos a solas. Si hablar con alguien puede ayudarte, hay apoyo aquí, de día y de noche.</translation>
    </message>
    <message>
        <source>See all support lines</source>
        <translation>Ver todas las líneas de apoyo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a support line and its phone number</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CheckupTakeView</name>
    <message>
        <source>Breathe</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <source>A gentle note first</source>
        <translation>Primero, unas palabras con cuidado</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Go on to the questions</source>
        <translation>Continuar a las preguntas</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the question before</source>
        <translation>Volver a la pregunta anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>%1 of %2 answered. Anything left unanswered counts as skipped.</source>
        <translation>%1 de %2 respondidas. Lo que quede sin responder cuenta como saltado.</translation>
    </message>
    <message>
        <source>Finish and see the result</source>
        <translation>Terminar y ver el resultado</translation>
    </message>
    <message>
        <source>Leave it for now</source>
        <translation>Dejarlo por ahora</translation>
    </message>
    <message>
        <source>Leave it for now; your answers are kept</source>
        <translation>Dejarlo por ahora; tus respuestas se guardan</translation>
    </message>
</context>
<context>
    <name>CheckupTrends</name>
    <message>
        <source>Check-ups</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Shaded from the bottom: %1. A score is not a diagnosis.</source>
        <translation>Sombreado desde abajo: %1. Una puntuación no es un diagnóstico.</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>a band of scores: lowest, highest, its name</comment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between bands of scores</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>CheckupsPage</name>
    <message>
        <source>Check-ups</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Volver a donde estaba</translation>
    </message>
    <message>
        <source>Short questionnaires that therapists use to see how things change over weeks. Take one when you choose; you can skip any question, and nothing is shared unless you share it.</source>
        <translation>Cuestionarios breves que usan terapeutas para ver cómo cambian las cosas a lo largo de las semanas. Responde uno cuando tú quieras; puedes saltarte cualquier pregunta, y no se comparte nada a menos que tú lo compartas.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Carry on with the %1</source>
        <translation>Seguir con el %1</translation>
    </message>
    <message>
        <source>Take the %1</source>
        <translation>Responder el %1</translation>
    </message>
    <message>
        <source>Choose which check-ups Today may suggest, and how often, in Settings. Your results are on the Trends page.</source>
        <translation>En Ajustes eliges qué cuestionarios puede sugerir Hoy, y cada cuánto. Tus resultados están en la página Tendencias.</translation>
    </message>
</context>
<context>
    <name>ChooseSecretStep</name>
    <message>
        <source>Type a PIN of 6 or more digits</source>
        <translation>Escribe un PIN de 6 cifras o más</translation>
    </message>
    <message>
        <source>Type a passphrase of 8 or more characters</source>
        <translation>Escribe una frase de contraseña de 8 caracteres o más</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Choose how you&apos;ll open %1</source>
        <translation>Elige cómo vas a abrir %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--data-dir needs a folder after it.</source>
        <translation>--data-dir necesita una carpeta después.</translation>
    </message>
    <message>
        <source>--data-dir was given twice.</source>
        <translation>--data-dir se indicó dos veces.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida: %1.</translation>
    </message>
    <message>
        <source>Run tideline-cli --help to see the commands.</source>
        <translation>Ejecuta tideline-cli --help para ver los comandos.</translation>
    </message>
    <message>
        <source>No PIN or passphrase was given.</source>
        <translation>No se indicó ningún PIN ni frase de contraseña.</translation>
    </message>
    <message>
        <source>The two entries were not the same. Nothing was created; please try again.</source>
        <translation>Las dos entradas no coincidieron. No se creó nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That PIN or passphrase is longer than %1 accepts (%2 bytes).</source>
        <translation>Ese PIN o frase de contraseña es más largo de lo que %1 acepta (%2 bytes).</translation>
    </message>
    <message>
        <source>The PIN or passphrase could not be read.</source>
        <translation>No se pudo leer el PIN o la frase de contraseña.</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>backup does not know “%1”.</source>
        <translation>backup no conoce «%1».</translation>
    </message>
    <message>
        <source>Say where to write the backup with --out FILE.</source>
        <translation>Indica dónde escribir la copia de seguridad con --out FILE.</translation>
    </message>
    <message>
        <source>Choose a backup passphrase: </source>
        <translation>Elige una frase de contraseña para la copia: </translation>
    </message>
    <message>
        <source>Enter the backup passphrase again: </source>
        <translation>Escribe otra vez la frase de contraseña de la copia: </translation>
    </message>
    <message>
        <source>Wrote %1. It is encrypted: only its backup passphrase opens it, and without that passphrase nobody can open it, not even you. Keep the passphrase somewhere safe, apart from the file.</source>
        <translation>Se escribió %1. Está cifrado: solo su frase de contraseña lo abre, y sin esa frase nadie puede abrirlo, ni siquiera tú. Guarda la frase en un lugar seguro, lejos del archivo.</translation>
    </message>
    <message>
        <source>%1 was put away. Bring it back under Settings → Today to record it again.</source>
        <translation>La medida %1 está guardada aparte. Recupérala en Ajustes → Hoy para volver a anotarla.</translation>
    </message>
    <message>
        <source>“%1” is not METRIC=VALUE, for example mood=6. Nothing was saved.</source>
        <translation>«%1» no es METRIC=VALUE, por ejemplo mood=6. No se guardó nada.</translation>
    </message>
    <message>
        <source>Saved 1 value for %1.</source>
        <translation>Se guardó 1 valor para el %1.</translation>
    </message>
    <message>
        <source>Saved %1 values for %2.</source>
        <translation>Se guardaron %1 valores para el %2.</translation>
    </message>
    <message>
        <source>Nothing recorded for %1.</source>
        <translation>No hay nada anotado para el %1.</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Sin anotar: %1.</translation>
    </message>
    <message>
        <source>Cleared %1; its values are back to not recorded (counts of moments logged that day stay).</source>
        <translation>Se borró lo anotado el %1; sus valores vuelven a estar sin anotar (los conteos de momentos anotados ese día se quedan).</translation>
    </message>
    <message>
        <source>%1 on %2 is back to %3, the moments logged that day.</source>
        <translation>%1 del %2 vuelve a %3, los momentos anotados ese día.</translation>
    </message>
    <message>
        <source>%1 on %2 is back to not recorded.</source>
        <translation>%1 del %2 vuelve a estar sin anotar.</translation>
    </message>
    <message>
        <source>checkin needs set, show or clear, for example: checkin set 2026-03-14 mood=6 sleep_hours=7.5</source>
        <translation>checkin necesita set, show o clear, por ejemplo: checkin set 2026-03-14 mood=6 sleep_hours=7.5</translation>
    </message>
    <message>
        <source>checkin %1 needs a day (YYYY-MM-DD).</source>
        <translation>checkin %1 necesita un día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>checkin set needs at least one METRIC=VALUE after the day.</source>
        <translation>checkin set necesita al menos un METRIC=VALUE después del día.</translation>
    </message>
    <message>
        <source>checkin show takes only a day.</source>
        <translation>checkin show solo admite un día.</translation>
    </message>
    <message>
        <source>checkin clear takes a day and at most one metric.</source>
        <translation>checkin clear admite un día y como mucho una medida.</translation>
    </message>
    <message>
        <source>The answers could not be read.</source>
        <translation>No se pudieron leer las respuestas.</translation>
    </message>
    <message>
        <source>That is far more input than a check-up&apos;s answers. Nothing was saved.</source>
        <translation>Eso es mucho más de lo que cabe en las respuestas de un cuestionario. No se guardó nada.</translation>
    </message>
    <message>
        <source>Line %1 (question %2 of the %3): “%4” is not one of its answers, %5 to %6, or an empty line to skip it. Nothing was saved.</source>
        <translation>Línea %1 (pregunta %2 del %3): «%4» no es una de sus respuestas, de %5 a %6, ni una línea vacía para saltarla. No se guardó nada.</translation>
    </message>
    <message>
        <source>Thank you for answering that. Thoughts like these are heavy to carry, and you don&apos;t have to carry them alone. If talking to someone might help, support is there, day and night:</source>
        <translation>Gracias por responder eso. Pensamientos así pesan mucho, y no tienes que cargarlos a solas. Si hablar con alguien podría ayudarte, hay apoyo disponible, de día y de noche:</translation>
    </message>
    <message>
        <source>Saved the %1 for %2.</source>
        <translation>Se guardó el %1 del %2.</translation>
    </message>
    <message>
        <source>No check-ups from %1 to %2.</source>
        <translation>No hay cuestionarios del %1 al %2.</translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was added.</source>
        <translation>No existe el archivo %1. No se añadió nada.</translation>
    </message>
    <message>
        <source>%1 is too large to be a check-up form (over %2 KB). Nothing was added.</source>
        <translation>%1 es demasiado grande para ser un formulario de cuestionario (más de %2 KB). No se añadió nada.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 needs a day (YYYY-MM-DD).</source>
        <translation>%1 necesita un día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>checkup needs list, take NAME, show or add-form FILE, for example: checkup take phq9</source>
        <translation>checkup necesita list, take NAME, show o add-form FILE, por ejemplo: checkup take phq9</translation>
    </message>
    <message>
        <source>checkup take needs the check-up&apos;s name, for example: checkup take phq9</source>
        <translation>checkup take necesita el nombre del cuestionario, por ejemplo: checkup take phq9</translation>
    </message>
    <message>
        <source>checkup take knows only --day D (got “%1”).</source>
        <translation>checkup take solo conoce --day D (se recibió «%1»).</translation>
    </message>
    <message>
        <source>checkup show knows [NAME] --from D --to D (got “%1”).</source>
        <translation>checkup show conoce [NAME] --from D --to D (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--from (%1) comes after --to (%2).</source>
        <translation>--from (%1) va después de --to (%2).</translation>
    </message>
    <message>
        <source>checkup add-form needs one FILE, the form as JSON (docs/CHECKUP-FORMAT.md).</source>
        <translation>checkup add-form necesita un FILE, el formulario en JSON (docs/CHECKUP-FORMAT.md).</translation>
    </message>
    <message>
        <source>checkup list takes nothing more.</source>
        <translation>checkup list no admite nada más.</translation>
    </message>
    <message>
        <source>Type one answer a line (an empty line skips a question), then Ctrl-D.</source>
        <translation>Escribe una respuesta por línea (una línea vacía salta una pregunta) y luego Ctrl-D.</translation>
    </message>
    <message>
        <source>create a vault; prints the recovery code once</source>
        <translation>crea una bóveda; muestra el código de recuperación una sola vez</translation>
    </message>
    <message>
        <source>record, show or clear a day&apos;s check-in</source>
        <translation>anota, muestra o borra lo anotado de un día</translation>
    </message>
    <message>
        <source>check-ups (PCL-5, PHQ-9, GAD-7, a therapist&apos;s own): take one (answers on standard input, one a line), show results, add a form</source>
        <translation>cuestionarios (PCL-5, PHQ-9, GAD-7, los de tu terapeuta): responde uno (respuestas por la entrada estándar, una por línea), muestra resultados, añade un formulario</translation>
    </message>
    <message>
        <source>the metrics, built-in and custom</source>
        <translation>las medidas, incluidas y propias</translation>
    </message>
    <message>
        <source>a metric&apos;s series as CSV (gaps stay empty)</source>
        <translation>la serie de una medida en CSV (los huecos quedan vacíos)</translation>
    </message>
    <message>
        <source>a new vault in an empty DIR, filled with invented data</source>
        <translation>una bóveda nueva en un DIR vacío, llena de datos inventados</translation>
    </message>
    <message>
        <source>check-ins as CSV or everything as JSON, to FILE (not encrypted)</source>
        <translation>lo anotado cada día en CSV o todo en JSON, en FILE (sin cifrar)</translation>
    </message>
    <message>
        <source>add a %1 JSON export or a Daylio CSV export: all of it, or nothing</source>
        <translation>añade una exportación JSON de %1 o una exportación CSV de Daylio: todo, o nada</translation>
    </message>
    <message>
        <source>a summary for a therapist as a PDF (not encrypted)</source>
        <translation>un resumen para tu terapeuta en PDF (sin cifrar)</translation>
    </message>
    <message>
        <source>an encrypted backup, opened only by a backup passphrase</source>
        <translation>una copia de seguridad cifrada, que solo abre una frase de contraseña de copia</translation>
    </message>
    <message>
        <source>a new vault in an empty DIR from a backup; prints its recovery code once</source>
        <translation>una bóveda nueva en un DIR vacío a partir de una copia de seguridad; muestra su código de recuperación una sola vez</translation>
    </message>
    <message>
        <source>demo does not know “%1”.</source>
        <translation>demo no conoce «%1».</translation>
    </message>
    <message>
        <source>%1 needs a number.</source>
        <translation>%1 necesita un número.</translation>
    </message>
    <message>
        <source>--years is a whole number from 1 to 20 (got “%1”).</source>
        <translation>--years es un número entero de 1 a 20 (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--seed is a whole number from 0 (got “%1”).</source>
        <translation>--seed es un número entero desde 0 (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Say how many years: demo --years 10.</source>
        <translation>Indica cuántos años: demo --years 10.</translation>
    </message>
    <message>
        <source>Choose a PIN or passphrase: </source>
        <translation>Elige un PIN o una frase de contraseña: </translation>
    </message>
    <message>
        <source>Enter it again: </source>
        <translation>Escríbelo otra vez: </translation>
    </message>
    <message>
        <source>%1 is not empty, so nothing was made or changed. The demo makes a new vault in an empty folder: name one with --data-dir.</source>
        <translation>%1 no está vacía, así que no se creó ni se cambió nada. La demostración crea una bóveda nueva en una carpeta vacía: indica una con --data-dir.</translation>
    </message>
    <message>
        <source>export does not know “%1”.</source>
        <translation>export no conoce «%1».</translation>
    </message>
    <message>
        <source>Say which export: export csv --out FILE (check-ins) or export json --out FILE (everything).</source>
        <translation>Indica qué exportación: export csv --out FILE (lo anotado cada día) o export json --out FILE (todo).</translation>
    </message>
    <message>
        <source>Say where to write it with --out FILE. Nothing goes to standard output, so the export never lands in a terminal&apos;s scrollback.</source>
        <translation>Indica dónde escribirla con --out FILE. Nada va a la salida estándar, así que la exportación nunca queda en el historial de una terminal.</translation>
    </message>
    <message>
        <source>Wrote %1. This file is not encrypted: anyone who can open it can read it.</source>
        <translation>Se escribió %1. Este archivo no está cifrado: cualquiera que pueda abrirlo puede leerlo.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is larger than a %2 export can be. Nothing was imported.</source>
        <translation>%1 es más grande de lo que puede ser una exportación de %2. No se importó nada.</translation>
    </message>
    <message>
        <source>import daylio takes --mood NAME=VALUE and --skip-mood NAME; “%1” is neither.</source>
        <translation>import daylio admite --mood NAME=VALUE y --skip-mood NAME; «%1» no es ninguno de los dos.</translation>
    </message>
    <message>
        <source>%1 needs a mood name after it.</source>
        <translation>%1 necesita después el nombre de un estado de ánimo.</translation>
    </message>
    <message>
        <source>--skip-mood needs a mood name.</source>
        <translation>--skip-mood necesita el nombre de un estado de ánimo.</translation>
    </message>
    <message>
        <source>--mood takes NAME=VALUE with a whole number from %1 to %2, like --mood &quot;happy=8&quot;; “%3” is not that.</source>
        <translation>--mood admite NAME=VALUE con un número entero de %1 a %2, como --mood &quot;happy=8&quot;; «%3» no es eso.</translation>
    </message>
    <message>
        <source>Imported %1, %2, %3, %4, %5, %6, %7, %8 and %9. Things already in the vault were kept as they were.</source>
        <translation>Se importaron %1, %2, %3, %4, %5, %6, %7, %8 y %9. Lo que ya estaba en la bóveda se quedó como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in days</source>
        <translation>
            <numerusform>%n día con anotaciones</numerusform>
            <numerusform>%n días con anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine days</source>
        <translation>
            <numerusform>%n día de rutinas</numerusform>
            <numerusform>%n días de rutinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety plan items and contacts</source>
        <translation>
            <numerusform>%n línea o contacto del plan de seguridad</numerusform>
            <numerusform>%n líneas y contactos del plan de seguridad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metrics</source>
        <translation>
            <numerusform>%n medida</numerusform>
            <numerusform>%n medidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settings</source>
        <translation>
            <numerusform>%n ajuste</numerusform>
            <numerusform>%n ajustes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ups</source>
        <translation>
            <numerusform>%n cuestionario</numerusform>
            <numerusform>%n cuestionarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-up forms</source>
        <translation>
            <numerusform>%n formulario de cuestionario</numerusform>
            <numerusform>%n formularios de cuestionario</numerusform>
        </translation>
    </message>
    <message>
        <source>import json takes one FILE.</source>
        <translation>import json admite un FILE.</translation>
    </message>
    <message>
        <source>import daylio takes a FILE: import daylio FILE [--mood NAME=VALUE]... [--skip-mood NAME]...</source>
        <translation>import daylio admite un FILE: import daylio FILE [--mood NAME=VALUE]... [--skip-mood NAME]...</translation>
    </message>
    <message>
        <source>This mood is not one of Daylio&apos;s defaults (rad, good, meh, bad, awful), so %1 will not guess where it belongs on its %2 to %3 mood scale. Nothing was imported.</source>
        <translation>Este estado de ánimo no es uno de los predeterminados de Daylio (rad, good, meh, bad, awful), así que %1 no va a adivinar dónde va en su escala de ánimo de %2 a %3. No se importó nada.</translation>
    </message>
    <message>
        <source>These moods are not Daylio&apos;s defaults (rad, good, meh, bad, awful), so %1 will not guess where they belong on its %2 to %3 mood scale. Nothing was imported.</source>
        <translation>Estos estados de ánimo no son los predeterminados de Daylio (rad, good, meh, bad, awful), así que %1 no va a adivinar dónde van en su escala de ánimo de %2 a %3. No se importó nada.</translation>
    </message>
    <message>
        <source>Give each a value with --mood NAME=VALUE (%1 to %2; the defaults are rad 9, good 7, meh 5, bad 3, awful 1), or leave its mood out with --skip-mood NAME (notes and activities still come in). For example: --mood %3=6 or --skip-mood %3</source>
        <translation>Dale a cada uno un valor con --mood NAME=VALUE (de %1 a %2; los predeterminados son rad 9, good 7, meh 5, bad 3, awful 1), o deja fuera su ánimo con --skip-mood NAME (las notas y actividades sí entran). Por ejemplo: --mood %3=6 o --skip-mood %3</translation>
    </message>
    <message>
        <source>Read %1 over %2 (%3 to %4). Imported moods for %5 and %6. Moods and entries already in the vault were kept as they were.</source>
        <translation>Se leyeron %1 en %2 (del %3 al %4). Se importaron estados de ánimo para %5 y %6. Los estados de ánimo y las entradas que ya estaban en la bóveda se quedaron como estaban.</translation>
    </message>
    <message>
        <source>1 Daylio row</source>
        <translation>1 fila de Daylio</translation>
    </message>
    <message numerus="yes">
        <source>%n Daylio rows</source>
        <translation>
            <numerusform>%n fila de Daylio</numerusform>
            <numerusform>%n filas de Daylio</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>1 journal entry</source>
        <translation>1 entrada del diario</translation>
    </message>
    <message>
        <source>Say what to import: import json FILE (a %1 export) or import daylio FILE (a Daylio CSV export).</source>
        <translation>Indica qué importar: import json FILE (una exportación de %1) o import daylio FILE (una exportación CSV de Daylio).</translation>
    </message>
    <message>
        <source>init does not know %1.</source>
        <translation>init no conoce %1.</translation>
    </message>
    <message>
        <source>Choose either --pin or --passphrase.</source>
        <translation>Elige --pin o --passphrase, no los dos.</translation>
    </message>
    <message>
        <source>There is already a %1 vault in %2, so nothing was created or changed. To make another vault, name an empty folder with --data-dir.</source>
        <translation>Ya hay una bóveda de %1 en %2, así que no se creó ni se cambió nada. Para hacer otra bóveda, indica una carpeta vacía con --data-dir.</translation>
    </message>
    <message>
        <source>This is your recovery code: write it down and keep it somewhere safe away from this computer, because it is the only way back in if you forget your PIN, and it will not be shown again.</source>
        <translation>Este es tu código de recuperación: anótalo y guárdalo en un lugar seguro, lejos de esta computadora, porque es la única forma de volver a entrar si olvidas tu PIN, y no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>This is your recovery code: write it down and keep it somewhere safe away from this computer, because it is the only way back in if you forget your passphrase, and it will not be shown again.</source>
        <translation>Este es tu código de recuperación: anótalo y guárdalo en un lugar seguro, lejos de esta computadora, porque es la única forma de volver a entrar si olvidas tu frase de contraseña, y no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Write the entry, then press Ctrl-D on a line of its own.</source>
        <translation>Escribe la entrada y luego pulsa Ctrl-D en una línea aparte.</translation>
    </message>
    <message>
        <source>The entry&apos;s text could not be read.</source>
        <translation>No se pudo leer el texto de la entrada.</translation>
    </message>
    <message>
        <source>That is far more text than an entry can hold. Nothing was saved.</source>
        <translation>Eso es mucho más texto del que cabe en una entrada. No se guardó nada.</translation>
    </message>
    <message>
        <source>journal add reads the entry from standard input; put the title after --title.</source>
        <translation>journal add lee la entrada de la entrada estándar; pon el título después de --title.</translation>
    </message>
    <message>
        <source>journal add needs --title (it may be &quot;&quot;).</source>
        <translation>journal add necesita --title (puede ser &quot;&quot;).</translation>
    </message>
    <message>
        <source>journal list does not take %1.</source>
        <translation>journal list no admite %1.</translation>
    </message>
    <message>
        <source>journal search needs the words to look for.</source>
        <translation>journal search necesita las palabras que buscar.</translation>
    </message>
    <message>
        <source>Nothing in the journal matches that.</source>
        <translation>Nada en el diario coincide con eso.</translation>
    </message>
    <message>
        <source>%1 needs a day written as YYYY-MM-DD, such as 2026-03-14 (got “%2”).</source>
        <translation>%1 necesita un día escrito como AAAA-MM-DD, por ejemplo 2026-03-14 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>This journal command does not take %1.</source>
        <translation>Este comando de journal no admite %1.</translation>
    </message>
    <message>
        <source>%1 needs a value after it.</source>
        <translation>%1 necesita un valor después.</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to 100000 (got “%1”).</source>
        <translation>--limit necesita un número entero de 1 a 100000 (se recibió «%1»).</translation>
    </message>
    <message>
        <source>metrics takes no arguments (got %1).</source>
        <translation>metrics no admite argumentos (se recibió %1).</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>QLocale format of a day and time</comment>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Since the last unlock there was 1 try with a wrong PIN or passphrase, at %1.</source>
        <translation>Desde el último desbloqueo hubo 1 intento con un PIN o una frase de contraseña incorrectos, a las %1.</translation>
    </message>
    <message numerus="yes">
        <source>Since the last unlock there were %n tries with a wrong PIN or passphrase, the latest at %1.</source>
        <translation>
            <numerusform>Desde el último desbloqueo hubo %n intento con un PIN o una frase de contraseña incorrectos, el último a las %1.</numerusform>
            <numerusform>Desde el último desbloqueo hubo %n intentos con un PIN o una frase de contraseña incorrectos, el último a las %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no %1 vault in %2. Create one with tideline-cli init, or name another folder with --data-dir.</source>
        <translation>No hay ninguna bóveda de %1 en %2. Crea una con tideline-cli init, o indica otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file (keyslots) is missing, so the vault cannot be opened. If you have a backup copy of the folder, restore the keyslots file from it.</source>
        <translation>Falta el archivo de claves de esta bóveda (keyslots), así que no se puede abrir. Si tienes una copia de seguridad de la carpeta, restaura desde ella el archivo keyslots.</translation>
    </message>
    <message>
        <source>PIN or passphrase: </source>
        <translation>PIN o frase de contraseña: </translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another name, or add --force to replace it.</source>
        <translation>%1 ya existe y se dejó como estaba. Elige otro nombre, o añade --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>--sections knows %1 (got “%2”).</source>
        <translation>--sections conoce %1 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>report does not know “%1”.</source>
        <translation>report no conoce «%1».</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>--entry takes an entry&apos;s number, as `journal list` shows it (got “%1”).</source>
        <translation>--entry admite el número de una entrada, como lo muestra `journal list` (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Say which period with --from and --to, for example: report --from 2026-03-01 --to 2026-03-31 --out summary.pdf</source>
        <translation>Indica qué periodo con --from y --to, por ejemplo: report --from 2026-03-01 --to 2026-03-31 --out resumen.pdf</translation>
    </message>
    <message>
        <source>Say where to write the PDF with --out FILE.pdf.</source>
        <translation>Indica dónde escribir el PDF con --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2). This PDF is not encrypted: anyone who can open it can read it. Share it only with the person it is for.</source>
        <translation>Se escribió %1 (%2). Este PDF no está cifrado: cualquiera que pueda abrirlo puede leerlo. Compártelo solo con la persona a quien va dirigido.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>restore does not know “%1”.</source>
        <translation>restore no conoce «%1».</translation>
    </message>
    <message>
        <source>Name the backup file: tideline-cli --data-dir NEWDIR restore FILE.</source>
        <translation>Indica el archivo de la copia de seguridad: tideline-cli --data-dir NEWDIR restore FILE.</translation>
    </message>
    <message>
        <source>There is already a %1 vault in %2, so nothing was restored or changed. Name an empty folder with --data-dir.</source>
        <translation>Ya hay una bóveda de %1 en %2, así que no se restauró ni se cambió nada. Indica una carpeta vacía con --data-dir.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frase de contraseña de la copia: </translation>
    </message>
    <message>
        <source>Choose a PIN or passphrase for the restored vault: </source>
        <translation>Elige un PIN o una frase de contraseña para la bóveda restaurada: </translation>
    </message>
    <message>
        <source>The backup was restored into %1. This is the restored vault&apos;s new recovery code: write it down and keep it somewhere safe away from this computer, because it is the only way back in if you forget your PIN, and it will not be shown again.</source>
        <translation>La copia de seguridad se restauró en %1. Este es el nuevo código de recuperación de la bóveda restaurada: anótalo y guárdalo en un lugar seguro, lejos de esta computadora, porque es la única forma de volver a entrar si olvidas tu PIN, y no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>The backup was restored into %1. This is the restored vault&apos;s new recovery code: write it down and keep it somewhere safe away from this computer, because it is the only way back in if you forget your passphrase, and it will not be shown again.</source>
        <translation>La copia de seguridad se restauró en %1. Este es el nuevo código de recuperación de la bóveda restaurada: anótalo y guárdalo en un lugar seguro, lejos de esta computadora, porque es la única forma de volver a entrar si olvidas tu frase de contraseña, y no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>There is no file at %1. Name the backup file to restore.</source>
        <translation>No hay ningún archivo en %1. Indica el archivo de la copia de seguridad que quieres restaurar.</translation>
    </message>
    <message>
        <source>--bucket is day, week or month (got “%1”).</source>
        <translation>--bucket es day, week o month (se recibió «%1»).</translation>
    </message>
    <message>
        <source>trends does not know “%1”.</source>
        <translation>trends no conoce «%1».</translation>
    </message>
    <message>
        <source>Name a metric, for example: trends mood --from 2026-01-01 --to 2026-03-31. `tideline-cli metrics` lists them.</source>
        <translation>Indica una medida, por ejemplo: trends mood --from 2026-01-01 --to 2026-03-31. `tideline-cli metrics` las muestra.</translation>
    </message>
    <message>
        <source>Choose a range of at most 50 years.</source>
        <translation>Elige un rango de 50 años como máximo.</translation>
    </message>
    <message>
        <source>There is no metric “%1” with trends to show. `tideline-cli metrics` lists them; a metric that is turned off has to be turned on in Settings first.</source>
        <translation>No hay ninguna medida «%1» con tendencias que mostrar. `tideline-cli metrics` las muestra; una medida desactivada hay que activarla primero en Ajustes.</translation>
    </message>
    <message>
        <source>verify takes no arguments (got %1).</source>
        <translation>verify no admite argumentos (se recibió %1).</translation>
    </message>
    <message>
        <source>Everything checked out: the vault is whole and opens with this secret.</source>
        <translation>Todo está en orden: la bóveda está completa y se abre con este secreto.</translation>
    </message>
    <message>
        <source>Name a command, for example: tideline-cli init</source>
        <translation>Indica un comando, por ejemplo: tideline-cli init</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Comando desconocido: %1.</translation>
    </message>
    <message>
        <source>change the PIN or passphrase: the current one, then the new one</source>
        <translation>cambia el PIN o la frase de contraseña: primero el actual, luego el nuevo</translation>
    </message>
    <message>
        <source>open with the recovery code and set a new PIN or passphrase</source>
        <translation>abre con el código de recuperación y elige un PIN o frase de contraseña nuevos</translation>
    </message>
    <message>
        <source>write (body from standard input), list, search, show, edit or delete journal entries</source>
        <translation>escribe (el texto por la entrada estándar), lista, busca, muestra, edita o borra entradas del diario</translation>
    </message>
    <message>
        <source>hard moments (flashback, nightmare, panic, trigger, other): list, log, edit, remove</source>
        <translation>momentos difíciles (flashback, nightmare, panic, trigger, other): lista, anota, edita, quita</translation>
    </message>
    <message>
        <source>healing-routine items: list, add your own, rename, show or hide, remove</source>
        <translation>rutinas de cuidado: lista, añade las tuyas, cambia el nombre, muestra u oculta, quita</translation>
    </message>
    <message>
        <source>the safety plan&apos;s lists (warning_sign, coping_step, helpful_place, emergency_bag, close_at_hand, safe_place)</source>
        <translation>las listas del plan de seguridad (warning_sign, coping_step, helpful_place, emergency_bag, close_at_hand, safe_place)</translation>
    </message>
    <message>
        <source>%1 does not take %2.</source>
        <translation>%1 no admite %2.</translation>
    </message>
    <message>
        <source>%1 needs one id, as the list shows it, and nothing else.</source>
        <translation>%1 necesita un id, como lo muestra la lista, y nada más.</translation>
    </message>
    <message>
        <source>“%1” is not an id: it is a whole number, as the list shows it.</source>
        <translation>«%1» no es un id: es un número entero, como lo muestra la lista.</translation>
    </message>
    <message>
        <source>Columns left out, because %1 has no place for them: %2.</source>
        <translation>Columnas que quedaron fuera, porque %1 no tiene lugar para ellas: %2.</translation>
    </message>
    <message>
        <source>journal needs one of: add, list, search, show, edit, delete.</source>
        <translation>journal necesita uno de estos: add, list, search, show, edit, delete.</translation>
    </message>
    <message>
        <source>journal does not know “%1”; use add, list, search, show, edit or delete.</source>
        <translation>journal no conoce «%1»; usa add, list, search, show, edit o delete.</translation>
    </message>
    <message>
        <source>journal %1 needs the entry&apos;s id (journal list shows it), and nothing else.</source>
        <translation>journal %1 necesita el id de la entrada (journal list lo muestra), y nada más.</translation>
    </message>
    <message>
        <source>“%1” is not an entry&apos;s id: it is a whole number, as journal list shows it.</source>
        <translation>«%1» no es el id de una entrada: es un número entero, como lo muestra journal list.</translation>
    </message>
    <message>
        <source>Choose either --tag or --no-tags.</source>
        <translation>Elige --tag o --no-tags, no los dos.</translation>
    </message>
    <message>
        <source>journal edit needs something to change: --title, --day, --tag, --no-tags or --body.</source>
        <translation>journal edit necesita algo que cambiar: --title, --day, --tag, --no-tags o --body.</translation>
    </message>
    <message>
        <source>Entry %1 is saved.</source>
        <translation>La entrada %1 está guardada.</translation>
    </message>
    <message>
        <source>Entry %1 is deleted, with its words taken out of the search index.</source>
        <translation>La entrada %1 está borrada, y sus palabras se quitaron del índice de búsqueda.</translation>
    </message>
    <message>
        <source>--intensity needs a whole number from 0 to 10, or none (got “%1”).</source>
        <translation>--intensity necesita un número entero de 0 a 10, o none (se recibió «%1»).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of moment; use flashback, nightmare, panic, trigger or other.</source>
        <translation>«%1» no es un tipo de momento; usa flashback, nightmare, panic, trigger u other.</translation>
    </message>
    <message>
        <source>--at needs a local time written as &quot;YYYY-MM-DD HH:MM&quot; (got “%1”).</source>
        <translation>--at necesita una hora local escrita como &quot;AAAA-MM-DD HH:MM&quot; (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Moment %1 is saved.</source>
        <translation>El momento %1 está guardado.</translation>
    </message>
    <message>
        <source>moments needs one of: list, add, edit, remove.</source>
        <translation>moments necesita uno de estos: list, add, edit, remove.</translation>
    </message>
    <message>
        <source>moments does not know “%1”; use list, add, edit or remove.</source>
        <translation>moments no conoce «%1»; usa list, add, edit o remove.</translation>
    </message>
    <message>
        <source>moments list takes only --day, --from and --to.</source>
        <translation>moments list solo admite --day, --from y --to.</translation>
    </message>
    <message>
        <source>--from should come before --to, at most ten years apart.</source>
        <translation>--from debería ir antes de --to, con diez años de distancia como máximo.</translation>
    </message>
    <message>
        <source>moments add needs one kind: flashback, nightmare, panic, trigger or other.</source>
        <translation>moments add necesita un tipo: flashback, nightmare, panic, trigger u other.</translation>
    </message>
    <message>
        <source>Moment %1 is removed.</source>
        <translation>El momento %1 se quitó.</translation>
    </message>
    <message>
        <source>“%1” is not a part of the safety plan; use one of: %2.</source>
        <translation>«%1» no es una parte del plan de seguridad; usa una de estas: %2.</translation>
    </message>
    <message>
        <source>Line %1 of your plan is saved.</source>
        <translation>La línea %1 de tu plan está guardada.</translation>
    </message>
    <message>
        <source>plan list takes at most one section.</source>
        <translation>plan list admite como mucho una sección.</translation>
    </message>
    <message>
        <source>plan add needs a section and the words, such as: plan add warning_sign &quot;I stop sleeping&quot;.</source>
        <translation>plan add necesita una sección y las palabras, por ejemplo: plan add warning_sign &quot;Dejo de dormir&quot;.</translation>
    </message>
    <message>
        <source>Choose either --tick or --untick.</source>
        <translation>Elige --tick o --untick, no los dos.</translation>
    </message>
    <message>
        <source>plan edit needs something to change: --text, --tick or --untick.</source>
        <translation>plan edit necesita algo que cambiar: --text, --tick o --untick.</translation>
    </message>
    <message>
        <source>plan needs one of: list, add, edit, remove.</source>
        <translation>plan necesita uno de estos: list, add, edit, remove.</translation>
    </message>
    <message>
        <source>plan does not know “%1”; use list, add, edit or remove.</source>
        <translation>plan no conoce «%1»; usa list, add, edit o remove.</translation>
    </message>
    <message>
        <source>Line %1 is removed from your plan.</source>
        <translation>La línea %1 se quitó de tu plan.</translation>
    </message>
    <message>
        <source>routines add needs the item&apos;s words, such as: routines add &quot;Stretch for five minutes&quot;.</source>
        <translation>routines add necesita las palabras de la rutina, por ejemplo: routines add &quot;Estirarme cinco minutos&quot;.</translation>
    </message>
    <message>
        <source>Routine %1 is saved.</source>
        <translation>La rutina %1 está guardada.</translation>
    </message>
    <message>
        <source>Routine %1 is built in, so it is hidden from Today instead; routines edit %1 --show brings it back.</source>
        <translation>La rutina %1 viene incluida, así que en su lugar se oculta de Hoy; routines edit %1 --show la trae de vuelta.</translation>
    </message>
    <message>
        <source>Routine %1 is put away; the days it was done are kept.</source>
        <translation>La rutina %1 se guardó aparte; los días en que la hiciste se conservan.</translation>
    </message>
    <message>
        <source>routines needs one of: list, add, edit, remove.</source>
        <translation>routines necesita uno de estos: list, add, edit, remove.</translation>
    </message>
    <message>
        <source>routines does not know “%1”; use list, add, edit or remove.</source>
        <translation>routines no conoce «%1»; usa list, add, edit o remove.</translation>
    </message>
    <message>
        <source>routines list takes no other words.</source>
        <translation>routines list no admite más palabras.</translation>
    </message>
    <message>
        <source>Choose either --show or --hide.</source>
        <translation>Elige --show o --hide, no los dos.</translation>
    </message>
    <message>
        <source>routines edit needs something to change: --label, --show or --hide.</source>
        <translation>routines edit necesita algo que cambiar: --label, --show o --hide.</translation>
    </message>
    <message>
        <source>%1 does not know %2.</source>
        <translation>%1 no conoce %2.</translation>
    </message>
    <message>
        <source>Your new PIN opens the vault from now on; the old one no longer does. Your recovery code stays the same.</source>
        <translation>Tu nuevo PIN abre la bóveda desde ahora; el anterior ya no. Tu código de recuperación sigue siendo el mismo.</translation>
    </message>
    <message>
        <source>Your new passphrase opens the vault from now on; the old one no longer does. Your recovery code stays the same.</source>
        <translation>Tu nueva frase de contraseña abre la bóveda desde ahora; la anterior ya no. Tu código de recuperación sigue siendo el mismo.</translation>
    </message>
    <message>
        <source>The recovery code opened your vault, and your new PIN opens it from now on. Keep the recovery code: it still works.</source>
        <translation>El código de recuperación abrió tu bóveda, y tu nuevo PIN la abre desde ahora. Conserva el código de recuperación: sigue funcionando.</translation>
    </message>
    <message>
        <source>The recovery code opened your vault, and your new passphrase opens it from now on. Keep the recovery code: it still works.</source>
        <translation>El código de recuperación abrió tu bóveda, y tu nueva frase de contraseña la abre desde ahora. Conserva el código de recuperación: sigue funcionando.</translation>
    </message>
    <message>
        <source>Choose a new PIN or passphrase: </source>
        <translation>Elige un PIN o una frase de contraseña nuevos: </translation>
    </message>
    <message>
        <source>Enter the new one again: </source>
        <translation>Escríbelo otra vez: </translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Código de recuperación: </translation>
    </message>
    <message>
        <source>Added “%1” (%2). Take it with: checkup take %2</source>
        <translation>Se agregó «%1» (%2). Para responderlo: checkup take %2</translation>
    </message>
    <message>
        <source>integrity checks of both keyslots copies and the database</source>
        <translation>revisa la integridad de las dos copias de keyslots y de la base de datos</translation>
    </message>
    <message>
        <source>renew the keys (someone may know your PIN or recovery code): a new data key and a new recovery code, printed once; the PIN or passphrase stays</source>
        <translation>renueva las claves (por si alguien conoce tu PIN o tu código de recuperación): una nueva clave de datos y un nuevo código de recuperación, que se muestra una sola vez; el PIN o la frase de contraseña no cambian</translation>
    </message>
    <message>
        <source>The disk is full, so this unlock will be noted in the vault&apos;s record of unlocks later, once there is room. Free some space on that disk.</source>
        <translation>El disco está lleno, así que esta apertura se anotará en el registro de aperturas de la bóveda más tarde, cuando haya espacio. Libera algo de espacio en ese disco.</translation>
    </message>
    <message>
        <source>rekey takes no arguments (got %1).</source>
        <translation>rekey no admite argumentos (se recibió %1).</translation>
    </message>
    <message>
        <source>The keys are renewed. This is your new recovery code: write it down and keep it somewhere safe away from this computer; the old one no longer opens anything, and this one will not be shown again. Your PIN or passphrase is the same. Copies of the vault&apos;s folder made before now (backups, snapshots, synced copies) still open with the old PIN and recovery code, but nothing written from now on is in them.</source>
        <translation>Las claves están renovadas. Este es tu nuevo código de recuperación: anótalo y guárdalo en un lugar seguro, lejos de esta computadora; el anterior ya no abre nada, y este no se volverá a mostrar. Tu PIN o frase de contraseña sigue igual. Las copias de la carpeta de la bóveda hechas antes de ahora (copias de seguridad, instantáneas, copias sincronizadas) todavía se abren con el PIN y el código de recuperación anteriores, pero nada de lo que escribas desde ahora estará en ellas.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots) was damaged or missing; the vault opened with its second copy (keyslots.copy) and the key file was written again from it.</source>
        <translation>El archivo de claves de la bóveda (keyslots) estaba dañado o faltaba; la bóveda se abrió con su segunda copia (keyslots.copy) y el archivo de claves se volvió a escribir a partir de ella.</translation>
    </message>
    <message>
        <source>--entries is a whole number from 1 to %1 (got “%2”).</source>
        <translation>--entries es un número entero de 1 a %1 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>The half-made demo vault was removed.</source>
        <translation>Se eliminó la bóveda de demostración a medio hacer.</translation>
    </message>
    <message>
        <source>Painting the summary</source>
        <translation>Dibujando el resumen</translation>
    </message>
    <message>
        <source>Usage: tideline-cli [--data-dir DIR] COMMAND [OPTIONS]
       tideline-cli --version

Works on the same encrypted %5 vault as the app, without a window.

Commands:
%1
Options:
  --data-dir DIR                the vault&apos;s folder; without it TIDELINE_DATA_DIR,
                                else the usual place (this run: %2)
  --version                     %5, SQLCipher and SQLite versions
  -h, --help                    this text

The PIN or passphrase:
  From a terminal it is typed without being shown; init asks for it twice.
  Otherwise the first line of standard input is the secret (a trailing
  newline or CR is not part of it), and later lines are left for the command.
  init: a secret of digits only is a PIN (at least 6 digits), anything else a
  passphrase (at least 8 characters). --pin or --passphrase says so
  explicitly, e.g. --passphrase for a passphrase made only of digits.
  A longer passphrase protects better if someone copies the vault&apos;s files.

Exports and imports:
  export csv writes the check-ins (a row per day, a column per metric key,
  empty when not recorded); export json writes everything (docs/EXPORT-FORMAT.md),
  except answers to PHQ-9 question 9 (thoughts of being better off dead or of
  hurting yourself), which go in only with --with-sensitive.
  The file is NOT encrypted and readable by you only (mode 0600); an existing
  FILE is left alone unless --force is given. import json adds a %5
  export to the vault: all of it, or nothing when the file has a mistake.
  import daylio adds a Daylio CSV export: moods rad, good, meh, bad, awful
  become 9, 7, 5, 3, 1 on the %3-%4 mood scale; other mood names are listed
  and need --mood NAME=VALUE or --skip-mood NAME. A day that already has a
  mood keeps it. Notes become journal entries, activities their tags.

Summary for a therapist:
  report writes a PDF of the period --from D --to D with the --sections chosen
  from charts,averages,routines,review,moments,checkups,checkup-answers
  (default: all but moments and the check-ups),
  an optional --agenda (what you want to talk about) and only the journal
  entries named with --entry ID (one --entry each; `journal list` shows IDs).
  Thoughts of self-harm (the measure, and PHQ-9 question 9) are left out unless
  --with-sensitive is given. checkup-answers adds the answer to each question
  of the latest check-up of each kind.
  Like an export it is NOT encrypted, mode 0600, and kept unless --force.

Check-ups (docs/CHECKUP-FORMAT.md):
  checkup list shows each check-up (key, name, questions, how often Today
  suggests it, last day, last total). checkup take NAME reads one answer a
  line after the secret, in the form&apos;s order: the answer&apos;s number (PHQ-9 and
  GAD-7: 0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly
  every day; PCL-5: 0 Not at all to 4 Extremely), or an empty line or - to
  skip a question. It prints day, key, total and band on standard output and
  the result in words on standard error; no total when a question the form&apos;s
  rules need was skipped. checkup show [NAME] [--from D] [--to D] lists day,
  key, total, band and change. checkup add-form FILE adds a therapist&apos;s form.

Records and files:
  records add keeps a dated record (what happened from standard input, every
  other field optional); each edit keeps the earlier wording in its history.
  records delete deletes a record for good, with its history and files.
  attach seals a file into the vault with the SHA-256 it had (100 MB at most);
  the file outside stays unless --delete-original is given. attachments save
  writes a copy without hidden details such as GPS (--keep-details keeps
  them); attachments export makes a NEW folder of originals, byte for byte,
  with manifest.csv, manifest.json and SHA256SUMS. records pdf makes a PDF for
  an advocate or a court. None of these copies is encrypted.

Backup and restore:
  backup reads the vault&apos;s secret, then a backup passphrase (at least 8
  characters; on a terminal asked twice; otherwise the next line of standard
  input). The file stays encrypted: without that passphrase nobody can open
  it, not even you. restore reads the backup passphrase, then the new vault&apos;s
  PIN or passphrase (--pin/--passphrase as for init), makes a new vault in an
  empty or missing DIR and prints its new recovery code once. On a wrong
  passphrase (exit 2), a damaged backup (3) or a newer one (4) DIR stays empty.

Exit codes:
  0  done
  1  usage: unknown command or option
  2  wrong PIN or passphrase, or locked out after too many tries
  3  damaged data (keyslots file or database), or an unexpected failure
  4  made by a newer %5 (the vault, or a file to import)
  5  cannot write: disk full, permissions, or %5 has the vault open;
     export: the folder does not exist, or FILE exists (without --force)
     report: the same as export
  6  invalid input: secret too short, no vault in DIR, (init) a vault is
     already there, or (import) a mistake in the file: nothing imported
     report: --from after --to, or an --entry that is not in the period
     checkup: an unknown check-up, an answer out of range, or a malformed or
     oversized form file: nothing saved
Messages go to standard error, data to standard output.
</source>
        <translation>Uso: tideline-cli [--data-dir DIR] COMANDO [OPCIONES]
     tideline-cli --version

Trabaja con la misma bóveda cifrada de %5 que la app, sin ventana.

Comandos:
%1
Opciones:
  --data-dir DIR                la carpeta de la bóveda; sin ella, TIDELINE_DATA_DIR,
                                si no, el lugar de siempre (en esta ejecución: %2)
  --version                     versiones de %5, SQLCipher y SQLite
  -h, --help                    este texto

El PIN o la frase de contraseña:
  Desde una terminal se escribe sin que se vea; init lo pide dos veces.
  Si no, la primera línea de la entrada estándar es el secreto (un salto de
  línea o CR al final no forma parte de él), y las líneas siguientes quedan
  para el comando.
  init: un secreto de solo dígitos es un PIN (al menos 6 dígitos), cualquier
  otro, una frase de contraseña (al menos 8 caracteres). --pin o --passphrase
  lo dicen de forma explícita, p. ej. --passphrase para una frase hecha solo
  de dígitos.
  Una frase de contraseña más larga protege mejor si alguien copia los
  archivos de la bóveda.

Exportar e importar:
  export csv escribe lo anotado cada día (una fila por día, una columna por
  clave de medida, vacía cuando no se anotó); export json escribe todo
  (docs/EXPORT-FORMAT.md), salvo las respuestas a la pregunta 9 del PHQ-9
  (pensamientos de que estarías mejor muerto o muerta, o de hacerte daño),
  que solo entran con --with-sensitive.
  El archivo NO está cifrado y solo tú puedes leerlo (modo 0600); un FILE
  que ya existe se deja como está, salvo con --force. import json añade una
  exportación de %5 a la bóveda: toda, o nada si el archivo tiene un error.
  import daylio añade una exportación CSV de Daylio: los estados de ánimo
  rad, good, meh, bad, awful pasan a ser 9, 7, 5, 3, 1 en la escala de ánimo
  de %3 a %4; los demás nombres de ánimo se listan y necesitan
  --mood NAME=VALUE o --skip-mood NAME. Un día que ya tiene ánimo lo
  conserva. Las notas pasan a ser entradas del diario, y las actividades, sus
  etiquetas.

Resumen para tu terapeuta:
  report escribe un PDF del periodo --from D --to D con las --sections
  elegidas entre charts,averages,routines,review,moments,checkups,checkup-answers
  (por defecto: todas menos moments y los cuestionarios),
  una --agenda opcional (de qué quieres hablar) y solo las entradas del diario
  indicadas con --entry ID (un --entry por cada una; `journal list` muestra
  los ID).
  Los pensamientos de hacerte daño (la medida, y la pregunta 9 del PHQ-9)
  quedan fuera salvo con --with-sensitive. checkup-answers añade la respuesta
  a cada pregunta del último cuestionario de cada tipo.
  Como una exportación, NO está cifrado, tiene modo 0600 y se conserva salvo
  con --force.

Cuestionarios (docs/CHECKUP-FORMAT.md):
  checkup list muestra cada cuestionario (clave, nombre, preguntas, cada
  cuánto lo sugiere Hoy, último día, último total). checkup take NAME lee
  una respuesta por línea después del secreto, en el orden del formulario: el
  número de la respuesta (PHQ-9 y GAD-7: 0 Ningún día, 1 Varios días, 2 Más de
  la mitad de los días, 3 Casi todos los días; PCL-5: 0 Nada a
  4 Extremadamente), o una línea vacía o - para saltar una pregunta. Muestra día,
  clave, total y rango en la salida estándar y el resultado en palabras en la
  salida de errores; no hay total si se saltó una pregunta que las reglas del
  formulario necesitan. checkup show [NAME] [--from D] [--to D] lista día,
  clave, total, rango y cambio. checkup add-form FILE añade el formulario
  de tu terapeuta.

Registros y archivos:
  records add guarda un registro con fecha (lo que pasó, por la entrada estándar;
  los demás campos son opcionales); cada edición conserva la redacción anterior
  en su historial. records delete borra un registro para siempre, con su
  historial y sus archivos. attach guarda un archivo sellado en la bóveda con el
  SHA-256 que tenía (100 MB como máximo); el archivo de fuera se queda, salvo con
  --delete-original. attachments save escribe una copia sin detalles ocultos
  como el GPS (--keep-details los conserva); attachments export crea una carpeta
  NUEVA con los originales, byte a byte, con manifest.csv, manifest.json y
  SHA256SUMS. records pdf hace un PDF para una persona que te acompañe o para un
  tribunal. Ninguna de estas copias está cifrada.

Copia de seguridad y restauración:
  backup lee el secreto de la bóveda y luego una frase de contraseña para la
  copia (al menos 8 caracteres; en una terminal se pide dos veces; si no, la
  siguiente línea de la entrada estándar). El archivo sigue cifrado: sin esa
  frase nadie puede abrirlo, ni siquiera tú. restore lee la frase de la copia
  y luego el PIN o la frase de contraseña de la bóveda nueva (--pin/--passphrase
  como en init), crea una bóveda nueva en un DIR vacío o que no existe y
  muestra su nuevo código de recuperación una sola vez. Con una frase
  incorrecta (salida 2), una copia dañada (3) o una más nueva (4), DIR queda
  vacío.

Códigos de salida:
  0  hecho
  1  uso: comando u opción desconocidos
  2  PIN o frase de contraseña incorrectos, o pausa tras demasiados intentos
  3  datos dañados (archivo keyslots o base de datos), o un fallo inesperado
  4  hecho por una versión más nueva de %5 (la bóveda, o un archivo que importar)
  5  no se puede escribir: disco lleno, permisos, o %5 tiene la bóveda abierta;
     export: la carpeta no existe, o FILE ya existe (sin --force)
     report: lo mismo que export
  6  entrada no válida: secreto demasiado corto, no hay bóveda en DIR, (init) ya
     hay una bóveda, o (import) un error en el archivo: no se importó nada
     report: --from después de --to, o un --entry que no está en el periodo
     checkup: un cuestionario desconocido, una respuesta fuera de rango, o un
     archivo de formulario mal formado o demasiado grande: no se guardó nada
Los mensajes van a la salida de errores y los datos, a la salida estándar.
</translation>
    </message>
    <message>
        <source>dated records of what happened (what happened from standard input)</source>
        <translation>registros con fecha de lo que pasó (lo que pasó, por la entrada estándar)</translation>
    </message>
    <message>
        <source>seal files into the vault, with the SHA-256 they had</source>
        <translation>guardar archivos sellados en la bóveda, con el SHA-256 que tenían</translation>
    </message>
    <message>
        <source>the files in the vault: list, save a copy, export originals with a manifest, check hashes</source>
        <translation>los archivos de la bóveda: listarlos, guardar una copia, exportar los originales con un manifiesto, comprobar los hashes</translation>
    </message>
    <message>
        <source>Also %1 and %2, each with the SHA-256 it had.</source>
        <translation>También %1 y %2, cada uno con el SHA-256 que tenía.</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>--record takes a record&apos;s number, as `records list` shows it (got “%1”).</source>
        <translation>--record lleva el número de un registro, como lo muestra `records list` (se recibió «%1»).</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Name a new folder.</source>
        <translation>%1 ya existe y se dejó como estaba. Pon el nombre de una carpeta nueva.</translation>
    </message>
    <message>
        <source>--from comes after --to.</source>
        <translation>--from va después de --to.</translation>
    </message>
    <message>
        <source>the safety plan&apos;s people and services to call (kind: person, professional or hotline)</source>
        <translation>las personas y los servicios a los que llamar de tu plan de seguridad (tipo: person, professional o hotline)</translation>
    </message>
    <message>
        <source>“%1” is not a kind of contact; use person, professional or hotline.</source>
        <translation>«%1» no es un tipo de contacto; usa person, professional o hotline.</translation>
    </message>
    <message>
        <source>There is no contact %1 in your plan; contacts list shows them.</source>
        <translation>No hay un contacto %1 en tu plan; contacts list los muestra.</translation>
    </message>
    <message>
        <source>contacts list takes no other words.</source>
        <translation>contacts list no admite más palabras.</translation>
    </message>
    <message>
        <source>contacts add needs a name, such as: contacts add &quot;My sister&quot; --phone &quot;555 0100&quot;.</source>
        <translation>contacts add necesita un nombre, por ejemplo: contacts add &quot;Mi hermana&quot; --phone &quot;555 0100&quot;.</translation>
    </message>
    <message>
        <source>contacts edit needs something to change: --name, --kind, --phone or --note.</source>
        <translation>contacts edit necesita algo que cambiar: --name, --kind, --phone o --note.</translation>
    </message>
    <message>
        <source>contacts needs one of: list, add, edit, remove.</source>
        <translation>contacts necesita uno de estos: list, add, edit, remove.</translation>
    </message>
    <message>
        <source>contacts does not know “%1”; use list, add, edit or remove.</source>
        <translation>contacts no conoce «%1»; usa list, add, edit o remove.</translation>
    </message>
    <message>
        <source>Contact %1 is saved.</source>
        <translation>El contacto %1 está guardado.</translation>
    </message>
    <message>
        <source>Contact %1 is removed from your plan.</source>
        <translation>El contacto %1 se quitó de tu plan.</translation>
    </message>
    <message>
        <source>your own support numbers (a local shelter, a counsellor&apos;s line), beside the built-in ones</source>
        <translation>tus propios números de apoyo (un refugio cercano, la línea de tu consejera o consejero), junto a los que ya vienen incluidos</translation>
    </message>
    <message>
        <source>There is no number %1 of your own; numbers list shows them.</source>
        <translation>No hay un número %1 entre los tuyos; numbers list los muestra.</translation>
    </message>
    <message>
        <source>Number %1 is removed.</source>
        <translation>Se quitó el número %1.</translation>
    </message>
    <message>
        <source>numbers needs one of: list, add, remove.</source>
        <translation>numbers necesita uno de estos: list, add, remove.</translation>
    </message>
    <message>
        <source>numbers does not know “%1”; use list, add or remove.</source>
        <translation>numbers no conoce «%1»; usa list, add o remove.</translation>
    </message>
    <message>
        <source>numbers list takes no other words.</source>
        <translation>numbers list no admite más palabras.</translation>
    </message>
    <message>
        <source>numbers add needs a name and --phone, such as: numbers add &quot;Local shelter&quot; --phone &quot;555 0199&quot;.</source>
        <translation>numbers add necesita un nombre y --phone, por ejemplo: numbers add &quot;Refugio cercano&quot; --phone &quot;555 0199&quot;.</translation>
    </message>
    <message>
        <source>attach needs a FILE: attach FILE --record ID (or --entry ID).</source>
        <translation>attach necesita un ARCHIVO: attach ARCHIVO --record ID (o --entry ID).</translation>
    </message>
    <message>
        <source>Say what the file belongs to: --record ID or --entry ID (one).</source>
        <translation>Indica a qué pertenece el archivo: --record ID o --entry ID (uno solo).</translation>
    </message>
    <message>
        <source>Note: “%1” is named like another kind of file; it is a %2, and is kept as one.</source>
        <translation>Nota: “%1” tiene nombre de otro tipo de archivo; es un %2 y se guarda como tal.</translation>
    </message>
    <message>
        <source>Note: “%1” carries the place it was taken (%2). The original is kept as it is; saved copies leave it out unless you ask.</source>
        <translation>Nota: “%1” lleva el lugar donde se tomó (%2). El original se guarda tal cual; las copias que guardes lo dejan fuera, salvo que lo pidas.</translation>
    </message>
    <message>
        <source>Deleted %1. On SSDs, in cloud-synced folders and in backups a copy may remain; deleting cannot promise it is gone everywhere.</source>
        <translation>Se borró %1. En discos SSD, en carpetas sincronizadas con la nube y en copias de seguridad puede quedar una copia; borrar no puede prometer que haya desaparecido de todas partes.</translation>
    </message>
    <message>
        <source>attachments save takes the file&apos;s number: attachments save ID --out FILE.</source>
        <translation>attachments save necesita el número del archivo: attachments save ID --out ARCHIVO.</translation>
    </message>
    <message>
        <source>Say where to save the copy with --out FILE.</source>
        <translation>Indica dónde guardar la copia con --out ARCHIVO.</translation>
    </message>
    <message>
        <source>Saved a copy as %1, without its hidden details (%2). It is not encrypted.</source>
        <translation>Se guardó una copia como %1, sin sus datos ocultos (%2). No está cifrada.</translation>
    </message>
    <message>
        <source>Saved a copy as %1, exactly as it came in. It is not encrypted.</source>
        <translation>Se guardó una copia como %1, tal como llegó. No está cifrada.</translation>
    </message>
    <message>
        <source>Say where to make the folder with --out DIR (a new folder).</source>
        <translation>Indica dónde crear la carpeta con --out CARPETA (una carpeta nueva).</translation>
    </message>
    <message>
        <source>Say whose files: --record ID, --entry ID (each may repeat) or --all.</source>
        <translation>Indica de quién son los archivos: --record ID, --entry ID (cada uno puede repetirse) o --all.</translation>
    </message>
    <message>
        <source>The file matches the SHA-256 it had when it came in.</source>
        <translation>El archivo coincide con el SHA-256 que tenía cuando llegó.</translation>
    </message>
    <message>
        <source>attachments needs one of: list, save, export, verify.</source>
        <translation>attachments necesita uno de: list, save, export, verify.</translation>
    </message>
    <message>
        <source>attachments does not know “%1”; use list, save, export or verify.</source>
        <translation>attachments no conoce “%1”; usa list, save, export o verify.</translation>
    </message>
    <message>
        <source>%1 takes yes, no or unsaid (got “%2”).</source>
        <translation>%1 acepta yes, no o unsaid (se recibió “%2”).</translation>
    </message>
    <message>
        <source>%1 needs a number, as `records list` shows it (got “%2”).</source>
        <translation>%1 necesita un número, como lo muestra `records list` (se recibió “%2”).</translation>
    </message>
    <message>
        <source>--time needs a time of day written as HH:MM, such as 21:30 (got “%1”).</source>
        <translation>--time necesita una hora escrita como HH:MM, por ejemplo 21:30 (se recibió “%1”).</translation>
    </message>
    <message>
        <source>There is no kind “%1”. The kinds are: %2.</source>
        <translation>No existe el tipo “%1”. Los tipos son: %2.</translation>
    </message>
    <message>
        <source>records add reads what happened from standard input; the other fields are options.</source>
        <translation>records add lee lo que pasó desde la entrada estándar; los demás campos son opciones.</translation>
    </message>
    <message>
        <source>Write what happened, as much or as little as you want, then press Ctrl-D on a line of its own.</source>
        <translation>Escribe lo que pasó, tanto o tan poco como quieras, y luego pulsa Ctrl-D en una línea aparte.</translation>
    </message>
    <message>
        <source>records edit takes the record&apos;s number: records edit ID [options].</source>
        <translation>records edit necesita el número del registro: records edit ID [opciones].</translation>
    </message>
    <message>
        <source>Write what happened, then press Ctrl-D.</source>
        <translation>Escribe lo que pasó y luego pulsa Ctrl-D.</translation>
    </message>
    <message>
        <source>Record %1 saved. The earlier wording is kept in its history.</source>
        <translation>Registro %1 guardado. La redacción anterior queda en su historial.</translation>
    </message>
    <message>
        <source>records search needs the words to look for.</source>
        <translation>records search necesita las palabras que buscar.</translation>
    </message>
    <message>
        <source>No record matches that.</source>
        <translation>Ningún registro coincide con eso.</translation>
    </message>
    <message>
        <source>records %1 takes the record&apos;s number.</source>
        <translation>records %1 necesita el número del registro.</translation>
    </message>
    <message>
        <source>records delete takes the record&apos;s number.</source>
        <translation>records delete necesita el número del registro.</translation>
    </message>
    <message>
        <source>Record %1 was deleted, with its history and its files.</source>
        <translation>Se borró el registro %1, con su historial y sus archivos.</translation>
    </message>
    <message>
        <source>records needs one of: add, list, show, history, edit, delete, search, kinds, pdf.</source>
        <translation>records necesita uno de: add, list, show, history, edit, delete, search, kinds, pdf.</translation>
    </message>
    <message>
        <source>records does not know “%1”; use add, list, show, history, edit, delete, search, kinds or pdf.</source>
        <translation>records no conoce “%1”; usa add, list, show, history, edit, delete, search, kinds o pdf.</translation>
    </message>
    <message>
        <source>records pdf takes options only; “%1” is not one.</source>
        <translation>records pdf solo acepta opciones; “%1” no es una.</translation>
    </message>
    <message>
        <source>Say which records go in: --record ID (one each; `records list` shows them), --from D --to D, or --all.</source>
        <translation>Indica qué registros entran: --record ID (uno cada vez; `records list` los muestra), --from D --to D, o --all.</translation>
    </message>
    <message>
        <source>Wrote %1. It is not encrypted: anyone who opens the file can read it.</source>
        <translation>Se escribió %1. No está cifrado: cualquiera que abra el archivo puede leerlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all.</source>
        <translation>
            <numerusform>%n archivo, %1 en total.</numerusform>
            <numerusform>%n archivos, %1 en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %1 with %n file(s) exactly as they came in, and manifest.csv, manifest.json and SHA256SUMS to check them (sha256sum -c SHA256SUMS). It is not encrypted.</source>
        <translation>
            <numerusform>Se creó %1 con %n archivo tal como llegó, y manifest.csv, manifest.json y SHA256SUMS para comprobarlo (sha256sum -c SHA256SUMS). No está cifrado.</numerusform>
            <numerusform>Se creó %1 con %n archivos tal como llegaron, y manifest.csv, manifest.json y SHA256SUMS para comprobarlos (sha256sum -c SHA256SUMS). No está cifrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files no longer match their SHA-256.</source>
        <translation>
            <numerusform>%1 de %n archivo ya no coincide con su SHA-256.</numerusform>
            <numerusform>%1 de %n archivos ya no coinciden con su SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n files match the SHA-256 they had when they came in.</source>
        <translation>
            <numerusform>El archivo coincide con el SHA-256 que tenía cuando llegó.</numerusform>
            <numerusform>Los %n archivos coinciden con el SHA-256 que tenían cuando llegaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n questions, and more answers than that were given (%2). Nothing was saved.</source>
        <translation>
            <numerusform>El %1 tiene %n pregunta, y se dieron más respuestas (%2). No se guardó nada.</numerusform>
            <numerusform>El %1 tiene %n preguntas, y se dieron más respuestas (%2). No se guardó nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine items done</source>
        <translation>
            <numerusform>%n rutina cumplida</numerusform>
            <numerusform>%n rutinas cumplidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the demo vault&apos;s recovery code. The vault holds invented data only: %1, check-ins on %2 of them (%3), %4, %5, %6, %7 and %8 with %9; made in %10 s.</source>
        <comment>%1 and the other numbered parts are counts such as “3,650 days” or “12 moments”</comment>
        <translation>Este es el código de recuperación de la bóveda de demostración. La bóveda solo tiene datos inventados: %1, anotaciones diarias en %2 de ellos (%3), %4, %5, %6, %7 y %8 con %9; creada en %10 s.</translation>
    </message>
    <message numerus="yes">
        <source>%1: recorded on %2 of %n days from %3 to %4.</source>
        <translation>
            <numerusform>%1: con datos en %2 de %n día, del %3 al %4.</numerusform>
            <numerusform>%1: con datos en %2 de %n días, del %3 al %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tideline: a private, encrypted journal and daily check-in.</source>
        <translation>Tideline: un diario privado y cifrado, con anotaciones diarias de cómo estás.</translation>
    </message>
    <message>
        <source>Keep the vault in &lt;dir&gt;.</source>
        <translation>Guardar la bóveda en &lt;dir&gt;.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>“%1” is not a day %2 understands. Write it as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>«%1» no es un día que %2 entienda. Escríbelo como AAAA-MM-DD, por ejemplo 2026-03-14.</translation>
    </message>
    <message>
        <source>That day is not a date %1 can keep.</source>
        <translation>Ese día no es una fecha que %1 pueda guardar.</translation>
    </message>
    <message>
        <source>%1 hasn&apos;t come yet, so there is nothing to record for it.</source>
        <translation>%1 todavía no llega, así que no hay nada que anotar para ese día.</translation>
    </message>
    <message>
        <source>The metric needs a name.</source>
        <translation>La medida necesita un nombre.</translation>
    </message>
    <message>
        <source>The routine item needs a name.</source>
        <translation>La rutina necesita un nombre.</translation>
    </message>
    <message>
        <source>That name is long; %1 characters at most keeps it readable on a phone.</source>
        <translation>Ese nombre es largo; con %1 caracteres como máximo se lee bien en un teléfono.</translation>
    </message>
</context>
<context>
    <name>ConfirmSecretStep</name>
    <message>
        <source>Those two didn&apos;t match. Type it once more, or go back to choose again.</source>
        <translation>Las dos no coinciden. Escríbela una vez más, o vuelve atrás para elegir de nuevo.</translation>
    </message>
    <message>
        <source>Type your PIN again</source>
        <translation>Escribe tu PIN otra vez</translation>
    </message>
    <message>
        <source>Type your passphrase again</source>
        <translation>Escribe tu frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Just to be sure it is the one you meant.</source>
        <translation>Solo para asegurarnos de que es la que querías.</translation>
    </message>
    <message>
        <source>Type it again to confirm</source>
        <translation>Escríbela otra vez para confirmar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Set it up</source>
        <translation>Listo, configurar</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of the person or line</source>
        <translation>Nombre de la persona o la línea</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Phone number, optional</source>
        <translation>Número de teléfono, opcional</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Note, optional</source>
        <translation>Nota, opcional</translation>
    </message>
    <message>
        <source>Who this is</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancelar el cambio</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Someone I trust</source>
        <translation>Alguien de confianza</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>Un profesional</translation>
    </message>
    <message>
        <source>A helpline</source>
        <translation>Una línea de ayuda</translation>
    </message>
    <message>
        <source>People and lines I can reach</source>
        <translation>Personas y líneas a las que puedo acudir</translation>
    </message>
    <message>
        <source>Friends, family, a counsellor, a helpline. A number and a note are optional.</source>
        <translation>Amistades, familia, una terapeuta, una línea de ayuda. El número y la nota son opcionales.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Subir: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Bajar: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Ver más</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <source>Put “%1” back</source>
        <translation>Volver a poner «%1»</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the kind of contact, then the person&apos;s note</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n days</source>
        <comment>a number of days inside a longer sentence, e.g. “on 3 of 30 days”</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisLink</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Need support now?</source>
        <translation>¿Necesitas apoyo ahora?</translation>
    </message>
    <message>
        <source>Shows phone numbers for support lines</source>
        <translation>Muestra los teléfonos de las líneas de apoyo</translation>
    </message>
</context>
<context>
    <name>CrisisResourceModel</name>
    <message>
        <source>There is no list of numbers for that region.</source>
        <translation>No hay una lista de números para esa región.</translation>
    </message>
    <message>
        <source>That number cannot be removed here.</source>
        <translation>Ese número no se puede quitar aquí.</translation>
    </message>
    <message>
        <source>Open %1 to keep numbers of your own.</source>
        <translation>Abre %1 para guardar números propios.</translation>
    </message>
</context>
<context>
    <name>CrisisResourcesDialog</name>
    <message>
        <source>Support, whenever you need it</source>
        <translation>Apoyo, cuando lo necesites</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Lines for</source>
        <translation>Líneas de</translation>
    </message>
    <message>
        <source>Region for support numbers</source>
        <translation>Región de los números de apoyo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Yours: %1, %2. %3</source>
        <comment>a number of the person&apos;s own, its phone and note</comment>
        <translation>Tuyo: %1, %2. %3</translation>
    </message>
    <message>
        <source>Yours: %1, %2</source>
        <comment>a number of the person&apos;s own, and its phone</comment>
        <translation>Tuyo: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <comment>a support line, its phone and what it is for</comment>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a support line and its phone</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>This computer did not have enough free memory to open the vault. Close some programs and try again.</source>
        <translation>Esta computadora no tenía suficiente memoria libre para abrir la bóveda. Cierra algunos programas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a recovery code. It has 28 letters and digits, in seven groups of four.</source>
        <translation>Eso no parece un código de recuperación. Tiene 28 letras y números, en siete grupos de cuatro.</translation>
    </message>
    <message>
        <source>There seems to be a typo in the recovery code. Please check each group against what you wrote down.</source>
        <translation>Parece que hay un error de escritura en el código de recuperación. Revisa cada grupo con lo que anotaste.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 could not read its data folder. Check that the disk is connected, then try again. Nothing was changed.</source>
        <translation>%1 no pudo leer su carpeta de datos. Comprueba que el disco esté conectado y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>QLocale format of a day with its weekday</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QLocale format of a day</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale format of a month</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>QLocale format of a day, short month</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>QLocale format of a day with its weekday, no year</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale format of a day, short month, no year</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <source>The day before</source>
        <translation>El día anterior</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>El día siguiente</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Elige un día</translation>
    </message>
    <message>
        <source>Choose a day to see or change</source>
        <translation>Elige un día para verlo o cambiarlo</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
</context>
<context>
    <name>DaylioImport</name>
    <message>
        <source>(a column without a name)</source>
        <translation>(una columna sin nombre)</translation>
    </message>
    <message>
        <source>there is no full_date column (each row&apos;s day, written as YYYY-MM-DD), so this does not look like a Daylio CSV export. Daylio&apos;s first line reads %1.</source>
        <translation>no hay una columna full_date (el día de cada fila, escrito como YYYY-MM-DD), así que esto no parece una exportación CSV de Daylio. La primera línea de Daylio dice %1.</translation>
    </message>
    <message>
        <source>there is no mood column, so this does not look like a Daylio CSV export. Daylio&apos;s first line reads %1.</source>
        <translation>no hay una columna mood, así que esto no parece una exportación CSV de Daylio. La primera línea de Daylio dice %1.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Adding your days</source>
        <translation>Agregando tus días</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo can cover 1 to 20 years (asked for %1).</source>
        <translation>La demostración puede abarcar de 1 a 20 años (se pidieron %1).</translation>
    </message>
    <message>
        <source>This vault already holds check-ins or entries, so no demo data was added. The demo only fills a new vault.</source>
        <translation>Esta bóveda ya tiene anotaciones diarias o entradas, así que no se añadieron datos de demostración. La demostración solo llena una bóveda nueva.</translation>
    </message>
    <message>
        <source>Writing invented journal entries</source>
        <translation>Escribiendo entradas de diario inventadas</translation>
    </message>
    <message>
        <source>Inventing days of check-ins</source>
        <translation>Inventando días de anotaciones</translation>
    </message>
    <message numerus="yes">
        <source>The demo can write up to %n entries (asked for %1).</source>
        <translation>
            <numerusform>La demostración puede escribir hasta %n entrada (se pidieron %1).</numerusform>
            <numerusform>La demostración puede escribir hasta %n entradas (se pidieron %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>Something you were writing was kept safe. You can carry on, save it as it is, or leave it for later.</source>
        <translation>Lo que estabas escribiendo quedó a salvo. Puedes seguir, guardarlo tal como está, o dejarlo para más tarde.</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <source>Save it as it is</source>
        <translation>Guardarlo tal como está</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now; keep the draft for later</source>
        <translation>Ahora no; guardar el borrador para más tarde</translation>
    </message>
</context>
<context>
    <name>EditableItemRow</name>
    <message>
        <source>Show %1 on Today</source>
        <translation>Mostrar %1 en Hoy</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Rename or put away %1</source>
        <translation>Cambiar el nombre de %1 o guardarlo</translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation>Nombre nuevo para %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Guardar aparte</translation>
    </message>
    <message>
        <source>Bring %1 back</source>
        <translation>Recuperar %1</translation>
    </message>
    <message>
        <source>Put %1 away, keeping its history</source>
        <translation>Guardar %1 aparte, con su historial</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Tipo de %1</translation>
    </message>
    <message>
        <source>Lowest value of %1</source>
        <translation>Valor más bajo de %1</translation>
    </message>
    <message>
        <source>Highest value of %1</source>
        <translation>Valor más alto de %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change the kind and range of %1</source>
        <translation>Cambiar el tipo y el rango de %1</translation>
    </message>
</context>
<context>
    <name>EntryAttachments</name>
    <message>
        <source>Write a few words first; then you can add pictures and other files to this entry.</source>
        <translation>Escribe unas palabras primero; después podrás añadir imágenes y otros archivos a esta entrada.</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Sensitive entry, covered. %1</source>
        <translation>Entrada delicada, tapada. %1</translation>
    </message>
    <message>
        <source>Entry: %1. %2</source>
        <translation>Entrada: %1. %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Mood %1</source>
        <translation>Ánimo %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>%1: is not part of a %2 export. Nothing was imported.</source>
        <translation>%1: no forma parte de una exportación de %2. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be a list [ … ]. Nothing was imported.</source>
        <translation>%1: debería ser una lista [ … ]. No se importó nada.</translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <comment>a line of the file, then what is wrong there</comment>
        <translation>Línea %1, %2</translation>
    </message>
    <message>
        <source>%1: there is no metric “%2” in this vault, and the file does not define it. Nothing was imported.</source>
        <translation>%1: no hay ninguna medida «%2» en esta bóveda, y el archivo no la define. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be a whole number from %2 to %3. Nothing was imported.</source>
        <translation>%1: debería ser un número entero de %2 a %3. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be a number from %2 to %3. Nothing was imported.</source>
        <translation>%1: debería ser un número de %2 a %3. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: a tag is text of 1 to %2 characters. Nothing was imported.</source>
        <translation>%1: una etiqueta es un texto de 1 a %2 caracteres. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <comment>a place in the file, then why</comment>
        <translation>%1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be an object { … }. Nothing was imported.</source>
        <translation>%1: debería ser un objeto { … }. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be text. Nothing was imported.</source>
        <translation>%1: debería ser texto. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be text or null. Nothing was imported.</source>
        <translation>%1: debería ser texto o null. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be true or false. Nothing was imported.</source>
        <translation>%1: debería ser true o false. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be a number. Nothing was imported.</source>
        <translation>%1: debería ser un número. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3. Nothing was imported.</source>
        <translation>%1: «%2» no es uno de estos: %3. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a day written as YYYY-MM-DD. Nothing was imported.</source>
        <translation>%1: «%2» no es un día escrito como AAAA-MM-DD. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC). Nothing was imported.</source>
        <translation>%1: «%2» no es una hora escrita como AAAA-MM-DDTHH:MM:SS.SSSZ (UTC). No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should not be empty. Nothing was imported.</source>
        <translation>%1: no debería estar vacío. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: is longer than the %2 characters %3 keeps. Nothing was imported.</source>
        <translation>%1: es más largo que los %2 caracteres que guarda %3. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of this %3&apos;s built-in metrics. Nothing was imported.</source>
        <translation>%1: «%2» no es una de las medidas incluidas en este %3. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: the range %2 to %3 does not fit a %4 metric. Nothing was imported.</source>
        <translation>%1: el rango de %2 a %3 no sirve para una medida de tipo %4. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: “%2” is a built-in metric here; the file calls it its own. Nothing was imported.</source>
        <translation>%1: «%2» es una medida incluida aquí; el archivo dice que es propia. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: this vault already has a metric “%2” measured differently (%3 from %4 to %5). Nothing was imported.</source>
        <translation>%1: esta bóveda ya tiene una medida «%2» que se mide de otra forma (%3 de %4 a %5). No se importó nada.</translation>
    </message>
    <message>
        <source>%1: a metric key is 1 to 64 of a-z, 0-9 and _. Nothing was imported.</source>
        <translation>%1: la clave de una medida tiene de 1 a 64 caracteres entre a-z, 0-9 y _. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: a built-in routine needs its key. Nothing was imported.</source>
        <translation>%1: una rutina incluida necesita su clave. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of this %3&apos;s built-in routines. Nothing was imported.</source>
        <translation>%1: «%2» no es una de las rutinas incluidas en este %3. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: a routine key is 1 to 64 of a-z, 0-9 and _. Nothing was imported.</source>
        <translation>%1: la clave de una rutina tiene de 1 a 64 caracteres entre a-z, 0-9 y _. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: only the emergency bag&apos;s and the close-at-hand list&apos;s lines have ticks. Nothing was imported.</source>
        <translation>%1: solo las líneas de la bolsa de emergencia y de la lista «A mano» tienen marcas. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: only a built-in line has a key, of 1 to 64 of a-z, 0-9 and _. Nothing was imported.</source>
        <translation>%1: solo una línea incluida de fábrica tiene clave, de 1 a 64 caracteres entre a-z, 0-9 y _. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 could not read back the copy it had just made, so no backup was written. Please try again.</source>
        <translation>%1 no pudo volver a leer la copia que acababa de hacer, así que no se escribió ninguna copia de seguridad. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The copy changed while %1 was writing the backup, so no backup was written. Please try again.</source>
        <translation>La copia cambió mientras %1 escribía la copia de seguridad, así que no se escribió ninguna. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This file is not a %1 backup, so nothing was restored. Choose the file that %1&apos;s backup made.</source>
        <translation>Este archivo no es una copia de seguridad de %1, así que no se restauró nada. Elige el archivo que hizo la copia de seguridad de %1.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete (it may have been cut short while it was copied), so it cannot be restored. Nothing was changed. If you have another copy of the backup, try that one.</source>
        <translation>Este archivo de copia de seguridad está dañado o incompleto (quizá se cortó mientras se copiaba), así que no se puede restaurar. No se cambió nada. Si tienes otra copia, prueba con esa.</translation>
    </message>
    <message>
        <source>This backup was made by a newer %1. Update %1, then restore it; nothing was changed.</source>
        <translation>Esta copia de seguridad la hizo una versión más nueva de %1. Actualiza %1 y luego restáurala; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 could not prepare the backup&apos;s key.</source>
        <translation>%1 no pudo preparar la clave de la copia de seguridad.</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters. The backup file can be copied anywhere, and there only its passphrase protects it: a few words you will remember are best.</source>
        <translation>Una frase de contraseña para la copia necesita al menos 8 caracteres. El archivo de la copia se puede llevar a cualquier parte, y allí solo su frase lo protege: lo mejor son unas cuantas palabras que vayas a recordar.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>this is not UTF-8 text. Nothing was imported.</source>
        <translation>esto no es texto UTF-8. No se importó nada.</translation>
    </message>
    <message>
        <source>a field opens a quote here that does not close where it should (the text runs on to line %1). Nothing was imported.</source>
        <translation>aquí un campo abre unas comillas que no se cierran donde deberían (el texto sigue hasta la línea %1). No se importó nada.</translation>
    </message>
    <message>
        <source>there is text right after a closing quote (a quote inside a quoted field is written twice: &quot;&quot;). Nothing was imported.</source>
        <translation>hay texto justo después de unas comillas de cierre (unas comillas dentro de un campo entre comillas se escriben dos veces: &quot;&quot;). No se importó nada.</translation>
    </message>
    <message>
        <source>a field opens a quote here that is never closed. Nothing was imported.</source>
        <translation>aquí un campo abre unas comillas que nunca se cierran. No se importó nada.</translation>
    </message>
    <message>
        <source>Activities from Daylio</source>
        <translation>Actividades de Daylio</translation>
    </message>
    <message>
        <source>The mood “%1” was given %2; moods go from %3 to %4. Nothing was imported.</source>
        <translation>El estado de ánimo «%1» recibió %2; el ánimo va de %3 a %4. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 does not know where these moods belong on its %2 to %3 scale: %4. Give each a value, or leave it out. Nothing was imported.</source>
        <translation>%1 no sabe dónde van estos estados de ánimo en su escala de %2 a %3: %4. Dale un valor a cada uno, o déjalos fuera. No se importó nada.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Línea %1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>The file is larger than %1 imports (%2 MB). Nothing was imported.</source>
        <translation>El archivo es más grande de lo que %1 importa (%2 MB). No se importó nada.</translation>
    </message>
    <message>
        <source>The file is empty; a Daylio export starts with the line %1. Nothing was imported.</source>
        <translation>El archivo está vacío; una exportación de Daylio empieza con la línea %1. No se importó nada.</translation>
    </message>
    <message>
        <source>this row has %1 fields where the first line names %2.</source>
        <translation>esta fila tiene %1 campos, y la primera línea nombra %2.</translation>
    </message>
    <message>
        <source>“%1” in full_date is not a day written as YYYY-MM-DD.</source>
        <translation>«%1» en full_date no es un día escrito como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” in time is not a time of day (like 21:06 or 9:06 pm).</source>
        <translation>«%1» en time no es una hora del día (como 21:06 o 9:06 pm).</translation>
    </message>
    <message>
        <source>the mood name is longer than 200 characters.</source>
        <translation>el nombre del estado de ánimo tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>the activity “%1…” is longer than the %2 characters a tag can have.</source>
        <translation>la actividad «%1…» tiene más de los %2 caracteres que puede tener una etiqueta.</translation>
    </message>
    <message>
        <source>Choose a file to write the backup to.</source>
        <translation>Elige un archivo donde escribir la copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a file to write the summary to.</source>
        <translation>Elige un archivo donde escribir el resumen.</translation>
    </message>
    <message>
        <source>Choose a file to write the safety plan to.</source>
        <translation>Elige un archivo donde escribir el plan de seguridad.</translation>
    </message>
    <message>
        <source>Choose a file to write the export to.</source>
        <translation>Elige un archivo donde escribir la exportación.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that does.</source>
        <translation>La carpeta %1 no existe. Elige una carpeta que sí exista.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file inside it.</source>
        <translation>%1 es una carpeta; pon el nombre de un archivo dentro de ella.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another name, or allow replacing it.</source>
        <translation>%1 ya existe y se dejó como estaba. Elige otro nombre, o permite reemplazarlo.</translation>
    </message>
    <message>
        <source>The file is not a %1 export (its &quot;format&quot; is not &quot;tideline-export&quot;). Nothing was imported.</source>
        <translation>El archivo no es una exportación de %1 (su &quot;format&quot; no es &quot;tideline-export&quot;). No se importó nada.</translation>
    </message>
    <message>
        <source>version: should be a whole number from 1. Nothing was imported.</source>
        <translation>version: debería ser un número entero desde 1. No se importó nada.</translation>
    </message>
    <message>
        <source>This export was made by a newer %1 (format version %2; this one reads up to %3). Update %1 to import it. Nothing was imported.</source>
        <translation>Esta exportación la hizo una versión más nueva de %1 (versión de formato %2; esta lee hasta la %3). Actualiza %1 para importarla. No se importó nada.</translation>
    </message>
    <message>
        <source>The file is larger than a %1 export can be (%2 MB). Nothing was imported.</source>
        <translation>El archivo es más grande de lo que puede ser una exportación de %1 (%2 MB). No se importó nada.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message>
        <source>The file is larger than a %1 export can be (%2 MB).</source>
        <translation>El archivo es más grande de lo que puede ser una exportación de %1 (%2 MB).</translation>
    </message>
    <message>
        <source>That backup passphrase does not open this backup. Check it and try again; nothing was changed.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. Revísala y vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 could not read %2. Check that the file exists and that you may open it.</source>
        <translation>%1 no pudo leer %2. Comprueba que el archivo exista y que tengas permiso para abrirlo.</translation>
    </message>
    <message>
        <source>%1: could not be read. Nothing was imported.</source>
        <translation>%1: no se pudo leer. No se importó nada.</translation>
    </message>
    <message>
        <source>Choose a file to write the copy to.</source>
        <translation>Elige un archivo donde escribir la copia.</translation>
    </message>
    <message>
        <source>%1: should belong to one record (&quot;record&quot;) or one journal entry (&quot;entry&quot;). Nothing was imported.</source>
        <translation>%1: debería pertenecer a un registro (&quot;record&quot;) o a una entrada del diario (&quot;entry&quot;). No se importó nada.</translation>
    </message>
    <message>
        <source>%1: names a record that is neither in the file nor in the vault. Nothing was imported.</source>
        <translation>%1: nombra un registro que no está ni en el archivo ni en la bóveda. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: names a journal entry that is neither in the file nor in the vault. Nothing was imported.</source>
        <translation>%1: nombra una entrada del diario que no está ni en el archivo ni en la bóveda. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: is not base64. Nothing was imported.</source>
        <translation>%1: no está en base64. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: is missing: the file&apos;s bytes are not there. Nothing was imported.</source>
        <translation>%1: falta: los bytes del archivo no están. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: its bytes do not match its sha256, so the file may be damaged or changed. Nothing was imported.</source>
        <translation>%1: sus bytes no coinciden con su sha256, así que el archivo puede estar dañado o haber cambiado. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be true, false or null. Nothing was imported.</source>
        <translation>%1: debería ser true, false o null. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be a time of day written as HH:MM, or null. Nothing was imported.</source>
        <translation>%1: debería ser una hora escrita como HH:MM, o null. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be %2 lower-case hexadecimal digits. Nothing was imported.</source>
        <translation>%1: debería tener %2 dígitos hexadecimales en minúscula. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: kinds should be names (text). Nothing was imported.</source>
        <translation>%1: los tipos deberían ser nombres (texto). No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be the record&apos;s fields as saved { … }. Nothing was imported.</source>
        <translation>%1: deberían ser los campos del registro tal como se guardaron { … }. No se importó nada.</translation>
    </message>
    <message>
        <source>“%1” could not be read from the vault, so the export was stopped.</source>
        <translation>No se pudo leer «%1» de la bóveda, así que la exportación se detuvo.</translation>
    </message>
    <message>
        <source>%1: the file&apos;s bytes stop after part %2 of %3, so the file is incomplete. Nothing was imported.</source>
        <translation>%1: los bytes del archivo se acaban tras la parte %2 de %3, así que el archivo está incompleto. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: should be part %2 of the file in %3 (&quot;part_of&quot; and &quot;part&quot;), so the file is incomplete. Nothing was imported.</source>
        <translation>%1: debería ser la parte %2 del archivo de %3 (&quot;part_of&quot; y &quot;part&quot;), así que el archivo está incompleto. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: holds more bytes than the %2 its &quot;size&quot; says, so the file may be damaged or changed. Nothing was imported.</source>
        <translation>%1: tiene más bytes que los %2 que indica su &quot;size&quot;, así que el archivo puede estar dañado o cambiado. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: holds fewer bytes than the %2 its &quot;size&quot; says, so the file may be damaged or changed. Nothing was imported.</source>
        <translation>%1: tiene menos bytes que los %2 que indica su &quot;size&quot;, así que el archivo puede estar dañado o cambiado. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: is a part of a file whose first part is not right before it. Nothing was imported.</source>
        <translation>%1: es una parte de un archivo cuya primera parte no está justo antes. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>ExportSection</name>
    <message>
        <source>An exported file is not encrypted: anyone who opens it can read it.</source>
        <translation>Un archivo exportado no está cifrado: cualquiera que lo abra puede leerlo.</translation>
    </message>
    <message>
        <source>Check-ins as CSV…</source>
        <translation>Anotaciones diarias en CSV…</translation>
    </message>
    <message>
        <source>Everything as JSON…</source>
        <translation>Todo en JSON…</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Guardado en %1. No está cifrado: bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Take a copy of what you keep here: your check-ins as a spreadsheet (CSV), or everything as a file %1 can read back in (JSON).</source>
        <translation>Llévate una copia de lo que guardas aquí: lo que anotas cada día como hoja de cálculo (CSV), o todo en un archivo que %1 puede volver a leer (JSON).</translation>
    </message>
    <message>
        <source>In the JSON, include my check-up answers about thoughts of being better off dead or of hurting myself</source>
        <translation>En el JSON, incluir mis respuestas de los cuestionarios sobre pensamientos de que sería mejor morir o de hacerme daño</translation>
    </message>
    <message>
        <source>Choose where to save your check-ins as CSV, which is not encrypted</source>
        <translation>Elegir dónde guardar tus anotaciones diarias en CSV, que no está cifrado</translation>
    </message>
    <message>
        <source>Choose where to save everything as JSON, which is not encrypted</source>
        <translation>Elegir dónde guardar todo en JSON, que no está cifrado</translation>
    </message>
    <message>
        <source>Save your check-ins as CSV</source>
        <translation>Guardar tus anotaciones diarias en CSV</translation>
    </message>
    <message>
        <source>Save everything as JSON</source>
        <translation>Guardar todo en JSON</translation>
    </message>
    <message>
        <source>my-checkins.csv</source>
        <translation>mis-anotaciones.csv</translation>
    </message>
    <message>
        <source>my-export.json</source>
        <translation>mi-exportacion.json</translation>
    </message>
    <message>
        <source>Stopped. No file was made.</source>
        <translation>Detenido. No se creó ningún archivo.</translation>
    </message>
    <message>
        <source>Saving your export</source>
        <translation>Guardando tu exportación</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Go up to the folder that holds this one</source>
        <translation>Subir a la carpeta que contiene esta</translation>
    </message>
    <message>
        <source>Folder. Type a folder&apos;s path and press Enter to go there</source>
        <translation>Carpeta. Escribe la ruta de una carpeta y pulsa Intro para ir allí</translation>
    </message>
    <message>
        <source>No folders in here. You can save here, or go up.</source>
        <translation>Aquí no hay carpetas. Puedes guardar aquí, o subir.</translation>
    </message>
    <message>
        <source>Nothing here that can be opened. Try another folder.</source>
        <translation>Aquí no hay nada que se pueda abrir. Prueba otra carpeta.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Nothing can be saved in this folder.</source>
        <translation>En esta carpeta no se puede guardar nada.</translation>
    </message>
    <message>
        <source>It will be saved in %1</source>
        <translation>Se guardará en %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegido: %1</translation>
    </message>
    <message>
        <source>Choose a file in the list.</source>
        <translation>Elige un archivo de la lista.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>Guardar aquí</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save here, in %1</source>
        <translation>Guardar aquí, en %1</translation>
    </message>
    <message>
        <source>Open the chosen file</source>
        <translation>Abrir el archivo elegido</translation>
    </message>
</context>
<context>
    <name>FileChooserList</name>
    <message>
        <source>What is in this folder</source>
        <translation>Lo que hay en esta carpeta</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Carpeta %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
</context>
<context>
    <name>FileChooserPlaces</name>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Drive: %1</source>
        <translation>Unidad: %1</translation>
    </message>
    <message>
        <source>Go to the drive %1</source>
        <translation>Ir a la unidad %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
</context>
<context>
    <name>FileRules</name>
    <message>
        <source>This is the folder where %1 keeps your encrypted vault. A file saved here would sit there unencrypted, so please choose another folder, such as Documents.</source>
        <translation>Esta es la carpeta donde %1 guarda tu bóveda cifrada. Un archivo guardado aquí quedaría sin cifrar, así que elige otra carpeta, por favor, como Documentos.</translation>
    </message>
    <message>
        <source>This is the folder where %1 keeps your encrypted vault, and nothing is brought in from there. Please choose a file from another folder.</source>
        <translation>Esta es la carpeta donde %1 guarda tu bóveda cifrada, y desde ahí no se trae nada. Elige un archivo de otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>Please choose a folder on this computer.</source>
        <translation>Elige una carpeta de esta computadora, por favor.</translation>
    </message>
    <message>
        <source>The folder %1 is not there any more. Please choose another one.</source>
        <translation>La carpeta %1 ya no está. Elige otra, por favor.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Please choose a folder.</source>
        <translation>%1 es un archivo, no una carpeta. Elige una carpeta, por favor.</translation>
    </message>
    <message>
        <source>This folder can&apos;t be written to (it may be read-only, or belong to someone else). Please choose another folder.</source>
        <translation>En esta carpeta no se puede escribir (quizá es de solo lectura, o pertenece a otra persona). Elige otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>Please give the file a name.</source>
        <translation>Ponle un nombre al archivo, por favor.</translation>
    </message>
    <message>
        <source>A file name can&apos;t contain a slash or be “.” or “..”. Please choose another name.</source>
        <translation>El nombre de un archivo no puede tener una barra ni ser «.» o «..». Elige otro nombre, por favor.</translation>
    </message>
    <message>
        <source>That name is too long for a file. Please choose a shorter one.</source>
        <translation>Ese nombre es demasiado largo para un archivo. Elige uno más corto, por favor.</translation>
    </message>
    <message>
        <source>There is already a file called %1 there. Please choose another name; nothing was replaced.</source>
        <translation>Ahí ya hay un archivo llamado %1. Elige otro nombre, por favor; no se reemplazó nada.</translation>
    </message>
    <message>
        <source>Please choose a file on this computer.</source>
        <translation>Elige un archivo de esta computadora, por favor.</translation>
    </message>
    <message>
        <source>That file is no longer there. Please choose it again.</source>
        <translation>Ese archivo ya no está ahí. Elígelo otra vez, por favor.</translation>
    </message>
    <message>
        <source>%1 is a folder. Please choose a file inside it.</source>
        <translation>%1 es una carpeta. Elige un archivo que esté dentro, por favor.</translation>
    </message>
    <message>
        <source>That file can&apos;t be read (it may belong to someone else). Please choose another one.</source>
        <translation>Ese archivo no se puede leer (quizá pertenece a otra persona). Elige otro, por favor.</translation>
    </message>
    <message>
        <source>Type the path of a folder, for example ~/Documents.</source>
        <translation>Escribe la ruta de una carpeta, por ejemplo ~/Documentos.</translation>
    </message>
    <message>
        <source>There is no folder called %1. Check the spelling, or choose one from the list.</source>
        <translation>No hay ninguna carpeta llamada %1. Revisa cómo está escrita, o elige una de la lista.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>There is already a folder called %1 there. Please choose another name; nothing was replaced.</source>
        <translation>Ahí ya hay una carpeta llamada %1. Elige otro nombre, por favor; no se reemplazó nada.</translation>
    </message>
</context>
<context>
    <name>FolderListing</name>
    <message>
        <source>This folder is not there any more.</source>
        <translation>Esta carpeta ya no está.</translation>
    </message>
    <message>
        <source>This folder can&apos;t be opened (it may belong to someone else).</source>
        <translation>Esta carpeta no se puede abrir (quizá pertenece a otra persona).</translation>
    </message>
</context>
<context>
    <name>GentleMessage</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>GroundingChoices</name>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>A gentle guide to breathe along with</source>
        <translation>Una guía suave para respirar a su ritmo</translation>
    </message>
    <message>
        <source>5-4-3-2-1 senses</source>
        <translation>5-4-3-2-1 sentidos</translation>
    </message>
    <message>
        <source>Notice the room around you, one sense at a time</source>
        <translation>Fíjate en la habitación que te rodea, un sentido cada vez</translation>
    </message>
    <message>
        <source>Body scan</source>
        <translation>Recorrido por el cuerpo</translation>
    </message>
    <message>
        <source>A slow walk through the body, skipping anything you like</source>
        <translation>Un recorrido lento por el cuerpo, saltando lo que quieras</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a grounding tool, then what it does</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>GroundingLauncher</name>
    <message>
        <source>Grounding tools</source>
        <translation>Ejercicios para volver al presente</translation>
    </message>
    <message>
        <source>Short exercises for a hard moment: breathing, noticing, a body scan</source>
        <translation>Ejercicios cortos para un momento difícil: respirar, observar, recorrer el cuerpo</translation>
    </message>
    <message>
        <source>Something to steady you</source>
        <translation>Algo para recuperar la calma</translation>
    </message>
    <message>
        <source>Pick whichever feels right. You can stop any of them at any moment.</source>
        <translation>Elige el que te parezca bien. Puedes parar cualquiera en cualquier momento.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>GroundingNotesKeeper</name>
    <message>
        <source>%1 is locked, so your notes could not be kept.</source>
        <translation>%1 está bloqueado, así que no se pudieron guardar tus notas.</translation>
    </message>
</context>
<context>
    <name>GroundingOverlay</name>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop and close this exercise</source>
        <translation>Parar y cerrar este ejercicio</translation>
    </message>
</context>
<context>
    <name>HeldWordsMessage</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Put this message about unsaved words away</source>
        <translation>Ocultar este mensaje sobre las palabras sin guardar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Try again to save the words kept from before the lock</source>
        <translation>Intentar de nuevo guardar las palabras conservadas desde antes del bloqueo</translation>
    </message>
</context>
<context>
    <name>HelpBeyondModel</name>
    <message>
        <source>%1, phone %2, web address %3: %4</source>
        <translation>%1, teléfono %2, dirección web %3: %4</translation>
    </message>
    <message>
        <source>%1, phone %2: %3</source>
        <translation>%1, teléfono %2: %3</translation>
    </message>
    <message>
        <source>%1, web address %2: %3</source>
        <translation>%1, dirección web %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HelpBeyondSection</name>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>On the web: %1</source>
        <translation>En internet: %1</translation>
    </message>
    <message>
        <source>Help beyond support lines</source>
        <translation>Ayuda más allá de las líneas de apoyo</translation>
    </message>
    <message>
        <source>For the region of your support numbers. Whether to go to court, tell anyone or report anything is always your choice; these are there if and when you want them. Web addresses are shown to type into a browser you trust; a private window keeps them out of its history.</source>
        <translation>Para la región de tus números de apoyo. Ir a un juzgado, contárselo a alguien o denunciar es siempre tu decisión; esto está aquí por si lo quieres y cuando lo quieras. Las direcciones web se muestran para que las escribas en un navegador de confianza; una ventana privada las deja fuera de su historial.</translation>
    </message>
    <message>
        <source>Legal help and protection orders</source>
        <translation>Ayuda legal y órdenes de protección</translation>
    </message>
    <message>
        <source>Counselling and crisis centres</source>
        <translation>Centros de consejería y de crisis</translation>
    </message>
    <message>
        <source>A counselling or crisis centre is a place to talk to someone trained, be believed and get support after sexual violence, also when it was a partner. It is free and confidential in most places, and it does not make you report anything.</source>
        <translation>Un centro de consejería o de crisis es un lugar donde hablar con alguien preparado, donde te creen y te apoyan después de la violencia sexual, también cuando fue tu pareja. En la mayoría de los lugares es gratuito y confidencial, y no te obliga a denunciar nada.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <source>That was me</source>
        <translation>Fui yo</translation>
    </message>
    <message>
        <source>That was me: put this notice away</source>
        <translation>Fui yo: quitar este aviso</translation>
    </message>
</context>
<context>
    <name>ImportSection</name>
    <message>
        <source>From Daylio (a CSV export)</source>
        <translation>De Daylio (una exportación CSV)</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Elegir el archivo…</translation>
    </message>
    <message>
        <source>Choose the Daylio CSV file to bring in</source>
        <translation>Elegir el archivo CSV de Daylio que quieres traer</translation>
    </message>
    <message>
        <source>Choose a value</source>
        <translation>Elige un valor</translation>
    </message>
    <message>
        <source>Leave this mood out</source>
        <translation>Dejar fuera este estado de ánimo</translation>
    </message>
    <message>
        <source>Value for the Daylio mood %1</source>
        <translation>Valor para el estado de ánimo %1 de Daylio</translation>
    </message>
    <message>
        <source>1 mood still to decide.</source>
        <translation>Falta decidir 1 estado de ánimo.</translation>
    </message>
    <message>
        <source>Bring it in</source>
        <translation>Traerlo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Do not bring this file in</source>
        <translation>No traer este archivo</translation>
    </message>
    <message>
        <source>Choose the Daylio export</source>
        <translation>Elegir la exportación de Daylio</translation>
    </message>
    <message>
        <source>Bring in what you kept elsewhere: an export from Daylio (CSV), or a file exported from %1 (JSON). Nothing already here is changed or removed.</source>
        <translation>Trae lo que guardabas en otro sitio: una exportación de Daylio (CSV), o un archivo exportado desde %1 (JSON). No se cambia ni se quita nada de lo que ya hay aquí.</translation>
    </message>
    <message>
        <source>From %1 (a JSON export)</source>
        <translation>De %1 (una exportación JSON)</translation>
    </message>
    <message>
        <source>Choose the %1 JSON file to bring in</source>
        <translation>Elegir el archivo JSON de %1 que quieres traer</translation>
    </message>
    <message>
        <source>Bring this file into %1</source>
        <translation>Traer este archivo a %1</translation>
    </message>
    <message>
        <source>Choose the %1 export</source>
        <translation>Elegir la exportación de %1</translation>
    </message>
    <message>
        <source>Daylio&apos;s own moods go onto %1&apos;s %2 to %3 scale as rad 9, good 7, meh 5, bad 3 and awful 1. These moods are your own, so %1 will not guess: please give each a value, or leave that mood out (its notes and activities still come in).</source>
        <translation>Los estados de ánimo de Daylio pasan a la escala de %2 a %3 de %1 así: rad 9, good 7, meh 5, bad 3 y awful 1. Estos estados de ánimo son tuyos, así que %1 no va a adivinar: dale un valor a cada uno, o deja fuera ese estado (sus notas y actividades entran igual).</translation>
    </message>
    <message>
        <source>%1, the lowest</source>
        <translation>%1, el más bajo</translation>
    </message>
    <message>
        <source>%1, the highest</source>
        <translation>%1, el más alto</translation>
    </message>
    <message>
        <source>Bringing in your file</source>
        <translation>Trayendo tu archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n moods still to decide.</source>
        <translation>
            <numerusform>Falta decidir %n estado de ánimo.</numerusform>
            <numerusform>Faltan decidir %n estados de ánimo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>That title is very long. Titles can hold up to %1 characters; the rest could go in the entry itself.</source>
        <translation>Ese título es muy largo. Un título puede tener hasta %1 caracteres; el resto puede ir en la entrada misma.</translation>
    </message>
    <message>
        <source>This entry is larger than %1 can keep in one piece (about %2 million characters). Your text is still here: try splitting it into two entries.</source>
        <translation>Esta entrada es más grande de lo que %1 puede guardar en una sola pieza (unos %2 millones de caracteres). Tu texto sigue aquí: prueba a dividirlo en dos entradas.</translation>
    </message>
    <message>
        <source>That entry is no longer in the journal.</source>
        <translation>Esa entrada ya no está en el diario.</translation>
    </message>
    <message>
        <source>Mood goes from %1 to %2.</source>
        <translation>El ánimo va de %1 a %2.</translation>
    </message>
    <message>
        <source>There is nothing written yet, so there is nothing to keep.</source>
        <translation>Todavía no hay nada escrito, así que no hay nada que guardar.</translation>
    </message>
    <message>
        <source>That day is outside the calendar %1 keeps.</source>
        <translation>Ese día queda fuera del calendario que guarda %1.</translation>
    </message>
    <message>
        <source>That is not a day on the calendar.</source>
        <translation>Ese no es un día del calendario.</translation>
    </message>
    <message>
        <source>There is no tag called “%1”.</source>
        <translation>No hay ninguna etiqueta llamada «%1».</translation>
    </message>
    <message>
        <source>A tag needs at least one letter, number or sign.</source>
        <translation>Una etiqueta necesita al menos una letra, un número o un signo.</translation>
    </message>
</context>
<context>
    <name>JournalEditorView</name>
    <message>
        <source>‹ Journal</source>
        <translation>‹ Diario</translation>
    </message>
    <message>
        <source>Save and go back to the journal</source>
        <translation>Guardar y volver al diario</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Save this entry and go back</source>
        <translation>Guardar esta entrada y volver</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <source>%1 ▾</source>
        <translation>%1 ▾</translation>
    </message>
    <message>
        <source>About %1. Choose another day</source>
        <translation>Sobre el %1. Elegir otro día</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Title, optional</source>
        <translation>Título, opcional</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. It is saved as you go.</source>
        <translation>Escribe tanto o tan poco como quieras. Se guarda sobre la marcha.</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Mood: not said</source>
        <translation>Ánimo: sin decir</translation>
    </message>
    <message>
        <source>Mood: %1</source>
        <translation>Ánimo: %1</translation>
    </message>
    <message>
        <source>Sensitive: cover it in lists</source>
        <translation>Delicada: taparla en las listas</translation>
    </message>
    <message>
        <source>Mood: %1, very low</source>
        <translation>Ánimo: %1, muy bajo</translation>
    </message>
    <message>
        <source>Mood: %1, very good</source>
        <translation>Ánimo: %1, muy bueno</translation>
    </message>
    <message>
        <source>Mood, optional, from %1 to %2</source>
        <translation>Ánimo, opcional, de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the word count, then how the entry is saved</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Journal entries by day</source>
        <translation>Entradas del diario por día</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Write a new entry</source>
        <translation>Escribir una entrada nueva</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Rename, join or remove tags</source>
        <translation>Cambiar el nombre, unir o quitar etiquetas</translation>
    </message>
    <message>
        <source>Nothing here yet. When you are ready, “New entry” opens a blank page; a line or two is plenty.</source>
        <translation>Aquí aún no hay nada. Cuando quieras, «Entrada nueva» abre una página en blanco; con una o dos líneas basta.</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
</context>
<context>
    <name>JsonExport</name>
    <message>
        <source>No file was made.</source>
        <translation>No se creó ningún archivo.</translation>
    </message>
    <message>
        <source>Writing your export</source>
        <translation>Escribiendo tu exportación</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>Checking the file</source>
        <translation>Revisando el archivo</translation>
    </message>
    <message>
        <source>Adding what the file holds</source>
        <translation>Agregando lo que contiene el archivo</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Counting what it holds</source>
        <translation>Contando lo que contiene</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <comment>after what is wrong with the file</comment>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 on line %2.</source>
        <translation>El archivo no es JSON válido: %1 en la línea %2.</translation>
    </message>
    <message>
        <source>the file ends where a value should be</source>
        <translation>el archivo termina donde debería haber un valor</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>falta un valor</translation>
    </message>
    <message>
        <source>the file ends in the middle of a record</source>
        <translation>el archivo termina a mitad de un registro</translation>
    </message>
    <message>
        <source>a record is larger than %1 MB</source>
        <translation>un registro ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>falta una coma</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>The file is not a %1 export (it should be one JSON object).</source>
        <translation>El archivo no es una exportación de %1 (debería ser un solo objeto JSON).</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>Line %1: “%2” is in the file twice; a file should name each part once.</source>
        <translation>Línea %1: “%2” aparece dos veces en el archivo; cada parte debe nombrarse una sola vez.</translation>
    </message>
    <message>
        <source>there is more after the end</source>
        <translation>hay más contenido después del final</translation>
    </message>
    <message>
        <source>The file could not be read to its end.</source>
        <translation>No se pudo leer el archivo hasta el final.</translation>
    </message>
    <message>
        <source>The file changed while it was being read. Choose it again.</source>
        <translation>El archivo cambió mientras se leía. Vuelve a elegirlo.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of this translation&apos;s language, as its speakers write it in a menu: &quot;Español&quot;.</extracomment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>LastFolder</name>
    <message>
        <source>Only a full path to a folder can be kept.</source>
        <translation>Solo se puede recordar la ruta completa de una carpeta.</translation>
    </message>
</context>
<context>
    <name>LeaveVaultCheck</name>
    <message>
        <source>Save the copy</source>
        <translation>Guardar la copia</translation>
    </message>
    <message>
        <source>This copy will not be encrypted. Asking again means nobody else at your open computer can take one.</source>
        <translation>Esta copia no estará cifrada. Volver a pedírtelo evita que otra persona en tu computadora abierta se lleve una.</translation>
    </message>
    <message>
        <source>Your PIN, once more</source>
        <translation>Tu PIN, una vez más</translation>
    </message>
    <message>
        <source>Your passphrase, once more</source>
        <translation>Tu frase de contraseña, una vez más</translation>
    </message>
    <message>
        <source>Your PIN, to save this copy</source>
        <translation>Tu PIN, para guardar esta copia</translation>
    </message>
    <message>
        <source>Your passphrase, to save this copy</source>
        <translation>Tu frase de contraseña, para guardar esta copia</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Tu PIN</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: nothing is saved</source>
        <translation>Cancelar: no se guarda nada</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Enter your PIN to open %1.</source>
        <translation>Escribe tu PIN para abrir %1.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open %1.</source>
        <translation>Escribe tu frase de contraseña para abrir %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>You can try again in %1. There&apos;s no rush; take a slow breath.</source>
        <translation>Puedes volver a intentarlo en %1. No hay prisa; respira despacio.</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>¿La olvidaste? Usa tu código de recuperación</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 is covered while it is in the background</source>
        <translation>%1 queda tapado mientras está en segundo plano</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>You logged %1 as moments on %2, so %3 starts at %1. To lower it, remove a moment first. Nothing was saved.</source>
        <translation>Anotaste %1 como momentos el %2, así que %3 empieza en %1. Para bajarlo, primero quita un momento. No se guardó nada.</translation>
    </message>
    <message>
        <source>A metric is a scale, a count, hours or yes/no; “%1” is none of these.</source>
        <translation>Una medida es una escala, un conteo, horas o sí/no; «%1» no es ninguna de ellas.</translation>
    </message>
    <message>
        <source>%1 needs a number.</source>
        <translation>%1 necesita un número.</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 es sí o no.</translation>
    </message>
    <message>
        <source>%1 goes from %2 to %3, so %4 does not fit. Nothing was saved.</source>
        <translation>%1 va de %2 a %3, así que %4 no cabe. No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 is counted in whole numbers, so %2 does not fit. Nothing was saved.</source>
        <translation>%1 se cuenta en números enteros, así que %2 no cabe. No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 is kept in half hours (like 7 or 7.5), so %2 does not fit. Nothing was saved.</source>
        <translation>%1 se guarda en medias horas (como 7 o 7.5), así que %2 no cabe. No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 needs yes or no; “%2” is not one. Nothing was saved.</source>
        <translation>%1 necesita sí o no; «%2» no es ninguno de los dos. No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 needs a number; “%2” is not one. Nothing was saved.</source>
        <translation>%1 necesita un número; «%2» no lo es. No se guardó nada.</translation>
    </message>
    <message>
        <source>That metric is no longer there.</source>
        <translation>Esa medida ya no está.</translation>
    </message>
    <message>
        <source>The highest value needs to be above the lowest, and neither below zero.</source>
        <translation>El valor más alto tiene que ser mayor que el más bajo, y ninguno puede ser menor que cero.</translation>
    </message>
    <message>
        <source>A day has 24 hours, so hours go up to 24 at most.</source>
        <translation>Un día tiene 24 horas, así que las horas llegan a 24 como máximo.</translation>
    </message>
    <message>
        <source>A yes/no metric has no range to choose.</source>
        <translation>Una medida de sí/no no tiene un rango que elegir.</translation>
    </message>
    <message>
        <source>The highest value can be 100,000 at most.</source>
        <translation>El valor más alto puede ser 100 000 como máximo.</translation>
    </message>
    <message>
        <source>There is no metric called “%1”. The metrics are: %2.</source>
        <translation>No hay ninguna medida llamada «%1». Las medidas son: %2.</translation>
    </message>
    <message>
        <source>%1 is built in, so its kind and range stay as they are. You can hide it instead.</source>
        <translation>%1 es una medida incluida, así que su tipo y su rango se quedan como están. En cambio, puedes ocultarla.</translation>
    </message>
    <message>
        <source>Some values you already recorded for %1 would not fit that range, so it stays as it is.</source>
        <translation>Algunos valores que ya anotaste para %1 no cabrían en ese rango, así que se queda como está.</translation>
    </message>
    <message>
        <source>%1 is built in; hide it to take it off Today.</source>
        <translation>%1 es una medida incluida; ocúltala para quitarla de Hoy.</translation>
    </message>
</context>
<context>
    <name>MetricRow</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear %1, back to not recorded</source>
        <translation>Borrar %1 y dejarlo sin anotar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n logged as moments</source>
        <translation>
            <numerusform>%n anotado como momento</numerusform>
            <numerusform>%n anotados como momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys or a number set it; Delete clears it</source>
        <translation>Se ajusta con las flechas o con un número; Supr lo borra</translation>
    </message>
    <message>
        <source>Type a number or use the arrow keys; leave it empty for not recorded</source>
        <translation>Escribe un número o usa las flechas; déjalo vacío para no registrarlo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>yesterday&apos;s value, then moments logged</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a check-in item and its value, read aloud</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a yes-or-no check-in item and one answer, read aloud</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Moment</name>
    <message>
        <source>Flashback</source>
        <translation>Flashback</translation>
    </message>
    <message>
        <source>Nightmare</source>
        <translation>Pesadilla</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Pánico</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Choose what kind of moment it was: a flashback, a nightmare, panic, a trigger or something else.</source>
        <translation>Elige qué tipo de momento fue: un flashback, una pesadilla, pánico, un detonante u otra cosa.</translation>
    </message>
    <message>
        <source>That time is not one %1 understands.</source>
        <translation>Esa hora no es una que %1 entienda.</translation>
    </message>
    <message>
        <source>That time is still to come. Choose when it happened, or leave the time as now.</source>
        <translation>Esa hora todavía no llega. Elige cuándo pasó, o deja la hora como ahora.</translation>
    </message>
    <message>
        <source>Intensity goes from 0 to 10, or can be left out. Nothing was saved.</source>
        <translation>La intensidad va de 0 a 10, o puedes dejarla fuera. No se guardó nada.</translation>
    </message>
    <message>
        <source>One of the notes is very long (more than %1 characters). A journal entry has room for more; nothing was saved here yet.</source>
        <translation>Una de las notas es muy larga (más de %1 caracteres). Una entrada del diario tiene espacio para más; aquí todavía no se guardó nada.</translation>
    </message>
    <message>
        <source>That moment is no longer there.</source>
        <translation>Ese momento ya no está.</translation>
    </message>
</context>
<context>
    <name>MomentForm</name>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Time it happened, hours and minutes</source>
        <translation>Hora en que pasó, horas y minutos</translation>
    </message>
    <message>
        <source>How intense, 0 to 10 (optional)</source>
        <translation>Qué tan intenso, de 0 a 10 (opcional)</translation>
    </message>
    <message>
        <source>—, not given</source>
        <translation>—, sin indicar</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation>Menos detalles</translation>
    </message>
    <message>
        <source>Add details (optional)</source>
        <translation>Añadir detalles (opcional)</translation>
    </message>
    <message>
        <source>What set it off, if you know</source>
        <translation>Qué lo desencadenó, si lo sabes</translation>
    </message>
    <message>
        <source>Where you were</source>
        <translation>Dónde estabas</translation>
    </message>
    <message>
        <source>What you felt in your body</source>
        <translation>Qué sentiste en el cuerpo</translation>
    </message>
    <message>
        <source>What helped, even a little</source>
        <translation>Qué ayudó, aunque fuera un poco</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this moment</source>
        <translation>Guardar este momento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MomentsSection</name>
    <message>
        <source>Log a hard moment</source>
        <translation>Anotar un momento difícil</translation>
    </message>
    <message>
        <source>Log a flashback, nightmare, panic or trigger</source>
        <translation>Anotar un flashback, una pesadilla, pánico o un detonante</translation>
    </message>
    <message>
        <source>Hide the moments logged</source>
        <translation>Ocultar los momentos anotados</translation>
    </message>
    <message>
        <source>1 moment logged · show</source>
        <translation>1 momento anotado · ver</translation>
    </message>
    <message>
        <source>Hide the moments logged this day</source>
        <translation>Ocultar los momentos anotados este día</translation>
    </message>
    <message>
        <source>Show the moments logged this day</source>
        <translation>Ver los momentos anotados este día</translation>
    </message>
    <message>
        <source>%1 · %2 · intensity %3</source>
        <translation>%1 · %2 · intensidad %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this moment</source>
        <translation>Quitar este momento</translation>
    </message>
    <message>
        <source>Set off by</source>
        <translation>Lo desencadenó</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>In the body</source>
        <translation>En el cuerpo</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message numerus="yes">
        <source>%n moments logged · show</source>
        <translation>
            <numerusform>%n momento anotado · ver</numerusform>
            <numerusform>%n momentos anotados · ver</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what a note of a moment is about (Where, What helped…), then the words</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>NeutralDesktopEntry</name>
    <message>
        <source>The menu entry could not be changed: there is no folder for it in this account.</source>
        <translation>No se pudo cambiar la entrada del menú: en esta cuenta no hay una carpeta para ella.</translation>
    </message>
    <message>
        <source>The menu entry was not changed: one you made yourself is in %1, and it is left as it is.</source>
        <translation>La entrada del menú no se cambió: en %1 hay una que hiciste tú, y se queda como está.</translation>
    </message>
    <message>
        <source>The menu entry was not changed back: %1 could not be removed. Removing that file by hand gives the menu its usual entry again.</source>
        <translation>La entrada del menú no volvió a la de siempre: no se pudo quitar %1. Si quitas ese archivo a mano, el menú vuelve a mostrar su entrada habitual.</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Something needs your attention</source>
        <translation>Hay algo que necesita tu atención</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (named “keyslots”) is missing from %1, so the journal can&apos;t be opened, not even with the recovery code. If you have a backup of that folder, putting the keyslots file back will bring everything back. Nothing has been deleted.</source>
        <translation>Falta el archivo de claves de la bóveda (llamado «keyslots») en %1, así que el diario no se puede abrir, ni siquiera con el código de recuperación. Si tienes una copia de esa carpeta, al volver a poner el archivo keyslots vuelve todo. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 ya está abierto</translation>
    </message>
    <message>
        <source>%1 can&apos;t open this vault</source>
        <translation>%1 no puede abrir esta bóveda</translation>
    </message>
    <message>
        <source>%1 is open in another window on this computer. Switch to that window, or close it and try again here.</source>
        <translation>%1 está abierto en otra ventana de esta computadora. Cambia a esa ventana, o ciérrala y vuelve a intentarlo aquí.</translation>
    </message>
</context>
<context>
    <name>OnThisDayCard</name>
    <message>
        <source>On this day in earlier years</source>
        <translation>Este mismo día en años anteriores</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Este día</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>Hace 1 año</translation>
    </message>
    <message>
        <source>“On this day” is off. You can turn it back on in Settings, under Journal.</source>
        <translation>«Este día» está desactivado. Puedes volver a activarlo en Ajustes, en Diario.</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Hide “on this day” until tomorrow</source>
        <translation>Ocultar «Este día» hasta mañana</translation>
    </message>
    <message>
        <source>Don&apos;t show this</source>
        <translation>No mostrar esto</translation>
    </message>
    <message>
        <source>Turn off “on this day”; Settings can turn it back on</source>
        <translation>Desactivar «Este día»; puedes volver a activarlo en Ajustes</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>Hace %n año</numerusform>
            <numerusform>Hace %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnNumbersSection</name>
    <message>
        <source>Support numbers</source>
        <translation>Números de apoyo</translation>
    </message>
    <message>
        <source>Show the lines for</source>
        <translation>Mostrar las líneas de</translation>
    </message>
    <message>
        <source>Region for support numbers</source>
        <translation>Región de los números de apoyo</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of the support line</source>
        <translation>Nombre de la línea de apoyo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Note, optional</source>
        <translation>Nota, opcional</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Añadir número</translation>
    </message>
    <message>
        <source>Add numbers you trust, such as a local shelter or your counsellor&apos;s line. They show under “Need support now?” while %1 is open, never on the lock screen.</source>
        <translation>Añade números de confianza, como un refugio de tu zona o la línea de tu terapeuta. Aparecen en «¿Necesitas apoyo ahora?» mientras %1 está abierto, nunca en la pantalla de bloqueo.</translation>
    </message>
</context>
<context>
    <name>PassphraseSuggestionBox</name>
    <message>
        <source>Suggest four random words</source>
        <translation>Sugerir cuatro palabras al azar</translation>
    </message>
    <message>
        <source>Suggest four other words</source>
        <translation>Sugerir otras cuatro palabras</translation>
    </message>
    <message>
        <source>Random words are easy to remember and very hard to guess. If you write them down, keep the paper somewhere private until you know them by heart.</source>
        <translation>Las palabras al azar son fáciles de recordar y muy difíciles de adivinar. Si las escribes, guarda el papel en un lugar privado hasta que te las sepas de memoria.</translation>
    </message>
    <message>
        <source>Use these words</source>
        <translation>Usar estas palabras</translation>
    </message>
    <message>
        <source>Use these four words as my passphrase</source>
        <translation>Usar estas cuatro palabras como mi frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PeriodReview</name>
    <message>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>%1: %2%3 → %4%3 on average (%5), %6</source>
        <translation>%1: %2%3 → %4%3 de promedio (%5), %6</translation>
    </message>
    <message>
        <source>%1: %2%3 on average, %4; not recorded in the earlier period</source>
        <translation>%1: %2%3 de promedio, %4; sin anotar en el periodo anterior</translation>
    </message>
    <message numerus="yes">
        <source>recorded on %1 of %n days</source>
        <translation>
            <numerusform>registrado en %1 de %n día</numerusform>
            <numerusform>registrado en %1 de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2%3 on average in the earlier period (%4 of %n days); not recorded in this one</source>
        <translation>
            <numerusform>%1: %2%3 de promedio en el periodo anterior (%4 de %n día); sin anotar en este</numerusform>
            <numerusform>%1: %2%3 de promedio en el periodo anterior (%4 de %n días); sin anotar en este</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done on %2 of %3, and on %4 of %5 in the earlier period</source>
        <comment>%3 and %5 are numbers of days, such as “30 days”</comment>
        <translation>%1: hecha en %2 de %3, y en %4 de %5 en el periodo anterior</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
</context>
<context>
    <name>PlanItemRow</name>
    <message>
        <source>Packed: %1</source>
        <translation>En la bolsa: %1</translation>
    </message>
    <message>
        <source>Change this line</source>
        <translation>Cambiar esta línea</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this line</source>
        <translation>Guardar esta línea</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Subir: %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Bajar: %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Quitar: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>PlanListSection</name>
    <message>
        <source>Show more</source>
        <translation>Ver más</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <source>Put “%1” back</source>
        <translation>Volver a poner «%1»</translation>
    </message>
</context>
<context>
    <name>PlanPdfSection</name>
    <message>
        <source>A copy on paper</source>
        <translation>Una copia en papel</translation>
    </message>
    <message>
        <source>A PDF is not encrypted: anyone who opens the file can read your plan.</source>
        <translation>Un PDF no está cifrado: cualquiera que abra el archivo puede leer tu plan.</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Guardado en %1. No está cifrado: bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Choose where to save the plan as a PDF, which is not encrypted</source>
        <translation>Elegir dónde guardar el plan como PDF, que no está cifrado</translation>
    </message>
    <message>
        <source>Save your safety plan</source>
        <translation>Guardar tu plan de seguridad</translation>
    </message>
    <message>
        <source>my-safety-plan.pdf</source>
        <translation>mi-plan-de-seguridad.pdf</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Stopped, as you asked. %1</source>
        <comment>then what was left as it was</comment>
        <translation>Detenido, como pediste. %1</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>The prompts catalogue is damaged: %1.</source>
        <translation>El catálogo de sugerencias está dañado: %1.</translation>
    </message>
    <message>
        <source>a prompt without a key or text</source>
        <translation>una sugerencia sin clave o sin texto</translation>
    </message>
    <message>
        <source>prompt %1 has an unknown kind</source>
        <translation>la sugerencia %1 tiene un tipo desconocido</translation>
    </message>
    <message>
        <source>prompt %1 appears twice</source>
        <translation>la sugerencia %1 aparece dos veces</translation>
    </message>
    <message>
        <source>There is no kind of prompt called “%1”.</source>
        <translation>No hay ningún tipo de sugerencia llamado «%1».</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>A gentle note first: %1</source>
        <translation>Antes, un aviso con cariño: %1</translation>
    </message>
    <message>
        <source>No prompt today. That&apos;s fine; the journal is there whenever you want it.</source>
        <translation>Hoy no hay sugerencia. Está bien; el diario está aquí cuando quieras.</translation>
    </message>
    <message>
        <source>Show me the prompt</source>
        <translation>Mostrarme la sugerencia</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <source>Write about this prompt in the journal</source>
        <translation>Escribir sobre esta sugerencia en el diario</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Show another prompt</source>
        <translation>Mostrar otra sugerencia</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>No prompt today</source>
        <translation>Hoy sin sugerencia</translation>
    </message>
    <message>
        <source>Show one after all</source>
        <translation>Mostrar una, al final</translation>
    </message>
    <message>
        <source>Don&apos;t show prompts about “%1”</source>
        <translation>No mostrar sugerencias de «%1»</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>choose a day</source>
        <translation>elige un día</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hides %1 at once and locks it. Shortcut: Control Shift Q.</source>
        <translation>Oculta %1 al instante y lo bloquea. Atajo: Control Mayús Q.</translation>
    </message>
    <message>
        <source>Hide and lock %1 now (Ctrl+Shift+Q)</source>
        <translation>Ocultar y bloquear %1 ahora (Ctrl+Mayús+Q)</translation>
    </message>
</context>
<context>
    <name>RecordEditorPane</name>
    <message>
        <source>Drop to keep it with this record</source>
        <translation>Suelta para guardarlo con este registro</translation>
    </message>
    <message>
        <source>‹ Records</source>
        <translation>‹ Registros</translation>
    </message>
    <message>
        <source>Back to the records; what you typed is kept as a draft</source>
        <translation>Volver a los registros; lo que escribiste se guarda como borrador</translation>
    </message>
    <message>
        <source>Back to the records</source>
        <translation>Volver a los registros</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this record</source>
        <translation>Guardar este registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>A new record</source>
        <translation>Un registro nuevo</translation>
    </message>
    <message>
        <source>%1; changed on %2</source>
        <translation>%1; cambiado el %2</translation>
    </message>
    <message>
        <source>Only the day is needed. Everything else is optional, and you can come back to it. What you type is kept safe as you go, and saved as a record when you choose Save.</source>
        <translation>Solo hace falta el día. Todo lo demás es opcional y puedes volver a ello. Lo que escribes se guarda de forma segura mientras avanzas, y queda como registro cuando eliges Guardar.</translation>
    </message>
    <message>
        <source>Changes not saved yet. They are kept as a draft until you save them or put them away.</source>
        <translation>Cambios aún sin guardar. Se conservan como borrador hasta que los guardes o los dejes de lado.</translation>
    </message>
    <message>
        <source>Put these changes away</source>
        <translation>Dejar de lado estos cambios</translation>
    </message>
    <message>
        <source>Put these changes away and show the record as last saved</source>
        <translation>Dejar de lado estos cambios y mostrar el registro como se guardó por última vez</translation>
    </message>
    <message>
        <source>Save the record first; then you can add pictures and other files to it.</source>
        <translation>Guarda el registro primero; después podrás añadirle imágenes y otros archivos.</translation>
    </message>
    <message>
        <source>Every version of this record</source>
        <translation>Todas las versiones de este registro</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Borrar este registro</translation>
    </message>
    <message>
        <source>Delete this record, with its history and its files? You can bring it back until %1 locks; after that it is gone for good.</source>
        <translation>¿Borrar este registro, con su historial y sus archivos? Puedes recuperarlo hasta que %1 se bloquee; después se habrá ido para siempre.</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Borrarlo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message numerus="yes">
        <source>%1; changed %n times, last on %2</source>
        <translation>
            <numerusform>%1; cambiado %n vez, la última el %2</numerusform>
            <numerusform>%1; cambiado %n veces, la última el %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <source>%1 ▾</source>
        <translation>%1 ▾</translation>
    </message>
    <message>
        <source>Day: %1. Choose another day</source>
        <translation>Día: %1. Elegir otro día</translation>
    </message>
    <message>
        <source>Time, e.g. 21:30</source>
        <translation>Hora, p. ej. 21:30</translation>
    </message>
    <message>
        <source>Time of day, optional, written as hours and minutes</source>
        <translation>Hora del día, opcional, escrita en horas y minutos</translation>
    </message>
    <message>
        <source>Around then, not sure</source>
        <translation>Más o menos entonces, sin certeza</translation>
    </message>
    <message>
        <source>The day or time is approximate</source>
        <translation>El día o la hora son aproximados</translation>
    </message>
    <message>
        <source>What kind of thing it was (optional)</source>
        <translation>Qué tipo de cosa fue (opcional)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Dónde (opcional)</translation>
    </message>
    <message>
        <source>A room, a street, online, …</source>
        <translation>Una habitación, una calle, en línea, …</translation>
    </message>
    <message>
        <source>Where it happened, optional</source>
        <translation>Dónde pasó, opcional</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>In your own words, as much or as little as you want. You can add to it later; earlier wordings are kept.</source>
        <translation>Con tus propias palabras, tanto o tan poco como quieras. Puedes añadir más después; las versiones anteriores se conservan.</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Qué pasó, con tus propias palabras</translation>
    </message>
    <message>
        <source>Injuries (optional)</source>
        <translation>Lesiones (opcional)</translation>
    </message>
    <message>
        <source>Injuries, optional</source>
        <translation>Lesiones, opcional</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>Quién estaba ahí (opcional)</translation>
    </message>
    <message>
        <source>Who was there, optional</source>
        <translation>Quién estaba ahí, opcional</translation>
    </message>
    <message>
        <source>Who you told (optional)</source>
        <translation>A quién se lo contaste (opcional)</translation>
    </message>
    <message>
        <source>Who you told, optional</source>
        <translation>A quién se lo contaste, opcional</translation>
    </message>
    <message>
        <source>Saw a doctor or nurse: not said</source>
        <translation>Fui a un médico o enfermera: sin decir</translation>
    </message>
    <message>
        <source>Saw a doctor or nurse: yes</source>
        <translation>Fui a un médico o enfermera: sí</translation>
    </message>
    <message>
        <source>Saw a doctor or nurse: no</source>
        <translation>Fui a un médico o enfermera: no</translation>
    </message>
    <message>
        <source>Whether you saw a doctor or nurse, optional</source>
        <translation>Si fuiste a un médico o enfermera, opcional</translation>
    </message>
    <message>
        <source>Reported it: not said</source>
        <translation>Lo denuncié: sin decir</translation>
    </message>
    <message>
        <source>Reported it: yes</source>
        <translation>Lo denuncié: sí</translation>
    </message>
    <message>
        <source>Reported it: no</source>
        <translation>Lo denuncié: no</translation>
    </message>
    <message>
        <source>Whether you reported it, optional</source>
        <translation>Si lo denunciaste, opcional</translation>
    </message>
    <message>
        <source>Sensitive: cover it in lists</source>
        <translation>Sensible: taparlo en las listas</translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <source>Save first; then you can add pictures and other files.</source>
        <translation>Guarda primero; después podrás añadir imágenes y otros archivos.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Archivos (%1)</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Añadir un archivo…</translation>
    </message>
    <message>
        <source>Add a picture, a screenshot, a PDF or a recording</source>
        <translation>Añadir una imagen, una captura de pantalla, un PDF o una grabación</translation>
    </message>
    <message>
        <source>Pictures, screenshots of messages, PDFs or recordings can be kept here, encrypted, each with a fingerprint (SHA-256) of how it was when it came in. The file where it is now stays there.</source>
        <translation>Aquí puedes guardar imágenes, capturas de mensajes, PDF o grabaciones, cifrados, cada uno con una huella (SHA-256) de cómo era al llegar. El archivo que tienes ahora se queda donde está.</translation>
    </message>
    <message>
        <source>You can also drag files from your file manager and drop them here.</source>
        <translation>También puedes arrastrar archivos desde tu gestor de archivos y soltarlos aquí.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Añadir un archivo</translation>
    </message>
    <message>
        <source>The original is still at %1. You can leave it there, or delete it now that %2 keeps a copy.</source>
        <translation>El original sigue en %1. Puedes dejarlo ahí, o borrarlo ahora que %2 guarda una copia.</translation>
    </message>
    <message>
        <source>Deleting cannot promise the file is gone everywhere: SSDs, cloud-synced folders, phones and backups may keep copies.</source>
        <translation>Borrar no puede asegurar que el archivo desaparezca de todas partes: los discos SSD, las carpetas sincronizadas en la nube, los teléfonos y las copias de seguridad pueden conservar copias.</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>Borrar el original</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>Borrar los originales</translation>
    </message>
    <message>
        <source>Leave it where it is</source>
        <translation>Dejarlo donde está</translation>
    </message>
    <message numerus="yes">
        <source>The %n originals are still where they were. You can leave them there, or delete them now that %1 keeps copies.</source>
        <translation>
            <numerusform>El original sigue donde estaba. Puedes dejarlo ahí, o borrarlo ahora que %1 guarda una copia.</numerusform>
            <numerusform>Los %n originales siguen donde estaban. Puedes dejarlos ahí, o borrarlos ahora que %1 guarda copias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting cannot promise the files are gone everywhere: SSDs, cloud-synced folders, phones and backups may keep copies.</source>
        <translation>Borrar no puede asegurar que los archivos desaparezcan de todas partes: los discos SSD, las carpetas sincronizadas en la nube, los teléfonos y las copias de seguridad pueden conservar copias.</translation>
    </message>
    <message>
        <source>Leave them where they are</source>
        <translation>Dejarlos donde están</translation>
    </message>
</context>
<context>
    <name>RecordFormat</name>
    <message>
        <source>around %1 at %2</source>
        <translation>hacia el %1 a las %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>hacia el %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>RecordHistoryPane</name>
    <message>
        <source>‹ Record</source>
        <translation>‹ Registro</translation>
    </message>
    <message>
        <source>Back to the record</source>
        <translation>Volver al registro</translation>
    </message>
    <message>
        <source>Every version</source>
        <translation>Todas las versiones</translation>
    </message>
    <message>
        <source>Each time the record was saved, it was kept as it was. Earlier versions cannot be changed, so the record shows honestly how it grew.</source>
        <translation>Cada vez que se guardó el registro, se conservó tal como estaba. Las versiones anteriores no se pueden cambiar, así que el registro muestra con honestidad cómo fue creciendo.</translation>
    </message>
    <message>
        <source>Saved %1. %2</source>
        <translation>Guardado el %1. %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quién estaba ahí</translation>
    </message>
    <message>
        <source>Who you told</source>
        <translation>A quién se lo contaste</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hide its words</source>
        <translation>Ocultar sus palabras</translation>
    </message>
    <message>
        <source>Show its words</source>
        <translation>Mostrar sus palabras</translation>
    </message>
</context>
<context>
    <name>RecordKindsPane</name>
    <message>
        <source>‹ Records</source>
        <translation>‹ Registros</translation>
    </message>
    <message>
        <source>Kinds of things</source>
        <translation>Tipos de cosas</translation>
    </message>
    <message>
        <source>Use your own words. Hidden kinds stay on the records that have them.</source>
        <translation>Usa tus propias palabras. Los tipos ocultos se mantienen en los registros que los tienen.</translation>
    </message>
    <message>
        <source>Name of the kind %1</source>
        <translation>Nombre del tipo %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Offer %1 again</source>
        <translation>Volver a ofrecer %1</translation>
    </message>
    <message>
        <source>Stop offering %1</source>
        <translation>Dejar de ofrecer %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the kind %1</source>
        <translation>Borrar el tipo %1</translation>
    </message>
    <message>
        <source>A kind of your own</source>
        <translation>Un tipo propio</translation>
    </message>
    <message>
        <source>Name of a new kind</source>
        <translation>Nombre de un tipo nuevo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>RecordRow</name>
    <message>
        <source>Sensitive record of %1, covered</source>
        <translation>Registro sensible del %1, tapado</translation>
    </message>
    <message>
        <source>Record of %1. %2</source>
        <translation>Registro del %1. %2</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Give the kind a name.</source>
        <translation>Ponle un nombre al tipo.</translation>
    </message>
    <message>
        <source>That name is too long: %1 characters at most.</source>
        <translation>Ese nombre es demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>That kind is no longer in the list.</source>
        <translation>Ese tipo ya no está en la lista.</translation>
    </message>
    <message>
        <source>The kinds %1 comes with can be hidden, not deleted.</source>
        <translation>Los tipos que trae %1 se pueden ocultar, pero no borrar.</translation>
    </message>
    <message>
        <source>That record is no longer there.</source>
        <translation>Ese registro ya no está.</translation>
    </message>
    <message>
        <source>That record can no longer be brought back.</source>
        <translation>Ese registro ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>That day has not come yet. Choose the day it happened, or today.</source>
        <translation>Ese día todavía no ha llegado. Elige el día en que pasó, o hoy.</translation>
    </message>
    <message>
        <source>That day is outside the calendar %1 keeps.</source>
        <translation>Ese día está fuera del calendario que guarda %1.</translation>
    </message>
    <message>
        <source>“What happened” is longer than %2 can keep in one record (%1 characters). Everything you wrote is still in the box: you could split it over two records.</source>
        <translation>“Qué pasó” es más largo de lo que %2 puede guardar en un registro (%1 caracteres). Todo lo que escribiste sigue en el cuadro: podrías repartirlo en dos registros.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quién estaba ahí</translation>
    </message>
    <message>
        <source>Who you told</source>
        <translation>A quién se lo contaste</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters. Everything you wrote is still there; please shorten it.</source>
        <translation>“%1” tiene más de %2 caracteres. Todo lo que escribiste sigue ahí; por favor, acórtalo.</translation>
    </message>
    <message>
        <source>around %1, %2</source>
        <translation>hacia el %1, %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>hacia el %1</translation>
    </message>
</context>
<context>
    <name>RecordsEntry</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Records of what happened</source>
        <translation>Registros de lo que pasó</translation>
    </message>
    <message>
        <source>Dated notes and files, kept encrypted.</source>
        <translation>Notas con fecha y archivos, guardados cifrados.</translation>
    </message>
    <message>
        <source>Dated notes of things that happened, with pictures or screenshots, kept encrypted. Advocates and courts ask for them; you decide if and when to share.</source>
        <translation>Notas con fecha de cosas que pasaron, con imágenes o capturas de pantalla, guardadas cifradas. Las personas que acompañan a víctimas y los tribunales las piden; tú decides si compartirlas y cuándo.</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Abrir documentos</translation>
    </message>
    <message>
        <source>Open records</source>
        <translation>Abrir registros</translation>
    </message>
</context>
<context>
    <name>RecordsListPane</name>
    <message>
        <source>New record</source>
        <translation>Registro nuevo</translation>
    </message>
    <message>
        <source>Write a new record</source>
        <translation>Escribir un registro nuevo</translation>
    </message>
    <message>
        <source>A dated note of something that happened, in your own words, with pictures or screenshots if you have them. Advocates suggest keeping one; only you can open it. Every change you make is kept, so the record stays credible.</source>
        <translation>Una nota con fecha de algo que pasó, con tus propias palabras, con imágenes o capturas si las tienes. Quienes acompañan a víctimas recomiendan llevar una; solo tú puedes abrirla. Cada cambio que haces se conserva, así el registro sigue siendo creíble.</translation>
    </message>
    <message>
        <source>Search the records</source>
        <translation>Buscar en los registros</translation>
    </message>
    <message>
        <source>Search the records by their words</source>
        <translation>Buscar en los registros por sus palabras</translation>
    </message>
    <message>
        <source>A record you were writing was kept safe but not saved yet.</source>
        <translation>Un registro que estabas escribiendo se guardó de forma segura, pero aún no está guardado como registro.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Dejarlo ir</translation>
    </message>
    <message>
        <source>Let the unsaved record go</source>
        <translation>Dejar ir el registro sin guardar</translation>
    </message>
    <message>
        <source>Record deleted. You can bring it back until %1 locks.</source>
        <translation>Registro borrado. Puedes recuperarlo hasta que %1 se bloquee.</translation>
    </message>
    <message>
        <source>Bring back the deleted record</source>
        <translation>Recuperar el registro borrado</translation>
    </message>
    <message>
        <source>No record has those words.</source>
        <translation>Ningún registro tiene esas palabras.</translation>
    </message>
    <message>
        <source>Share records (PDF or files)…</source>
        <translation>Compartir registros (PDF o archivos)…</translation>
    </message>
    <message>
        <source>Make a PDF of chosen records for an advocate, or a folder of their original files</source>
        <translation>Hacer un PDF de los registros elegidos para quien te acompaña, o una carpeta con sus archivos originales</translation>
    </message>
    <message>
        <source>Change the list of kinds</source>
        <translation>Cambiar la lista de tipos</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>RecordsPdf</name>
    <message>
        <source>The PDF was stopped. No file was made.</source>
        <translation>Se detuvo el PDF. No se creó ningún archivo.</translation>
    </message>
    <message>
        <source>Records made on %1   ·   Page %2 of %3</source>
        <translation>Registros hechos el %1   ·   Página %2 de %3</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Choose at least one record or journal entry for the PDF.</source>
        <translation>Elige al menos un registro o una entrada del diario para el PDF.</translation>
    </message>
    <message>
        <source>There is no record %1 (it may have been deleted). Nothing was made.</source>
        <translation>No existe el registro %1 (puede que se haya borrado). No se hizo nada.</translation>
    </message>
    <message>
        <source>There is no journal entry %1 (it may have been deleted). Nothing was made.</source>
        <translation>No existe la entrada del diario %1 (puede que se haya borrado). No se hizo nada.</translation>
    </message>
    <message>
        <source>Entry %1 is still a draft, and drafts are never shared. Nothing was made.</source>
        <translation>La entrada %1 todavía es un borrador, y los borradores nunca se comparten. No se hizo nada.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Entry of %1</source>
        <translation>Entrada del %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>This text is long: the last %1 characters are left out of this PDF. All of it is still in %2.</source>
        <translation>Este texto es largo: los últimos %1 caracteres quedan fuera de este PDF. Todo sigue en %2.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>El %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Kept by: %1</source>
        <translation>Guardado por: %1</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>1 journal entry</source>
        <translation>1 entrada del diario</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>Inside: %1.</source>
        <translation>Contiene: %1.</translation>
    </message>
    <message>
        <source>Made on %1 with %2, from records kept on the person&apos;s own computer, encrypted. Each record shows when it happened, when it was first written down and every time it was changed since; earlier wordings are kept in %2.</source>
        <translation>Hecho el %1 con %2, a partir de registros guardados cifrados en la computadora de la propia persona. Cada registro muestra cuándo pasó, cuándo se escribió por primera vez y cada vez que se cambió desde entonces; las versiones anteriores se conservan en %2.</translation>
    </message>
    <message>
        <source>Every file has a SHA-256 fingerprint, taken when it was added to %1. Anyone with the original file can compute its fingerprint (for example with sha256sum) and compare: if they match, the file has not changed since. The last page lists them all.</source>
        <translation>Cada archivo tiene una huella SHA-256, tomada cuando se añadió a %1. Cualquiera que tenga el archivo original puede calcular su huella (por ejemplo con sha256sum) y compararla: si coinciden, el archivo no ha cambiado desde entonces. La última página las enumera todas.</translation>
    </message>
    <message>
        <source>Pictures are printed with the hidden details their files carry (such as where and when they were taken), as text under each.</source>
        <translation>Las imágenes se imprimen con los detalles ocultos que llevan sus archivos (como dónde y cuándo se tomaron), como texto debajo de cada una.</translation>
    </message>
    <message>
        <source>Pictures are printed without the hidden details their files may carry (such as where they were taken). The original files keep them.</source>
        <translation>Las imágenes se imprimen sin los detalles ocultos que pueden llevar sus archivos (como dónde se tomaron). Los archivos originales los conservan.</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Registro %1: %2</translation>
    </message>
    <message>
        <source>First written on %1.</source>
        <translation>Escrito por primera vez el %1.</translation>
    </message>
    <message>
        <source>Changed on %1.</source>
        <translation>Cambiado el %1.</translation>
    </message>
    <message>
        <source>Not changed since it was written.</source>
        <translation>Sin cambios desde que se escribió.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quién estaba ahí</translation>
    </message>
    <message>
        <source>Who I told</source>
        <translation>A quién se lo conté</translation>
    </message>
    <message>
        <source>Saw a doctor or nurse: %1</source>
        <translation>Fui a un médico o enfermera: %1</translation>
    </message>
    <message>
        <source>Reported it: %1</source>
        <translation>Lo denuncié: %1</translation>
    </message>
    <message>
        <source>Written on %1; last changed on %2.</source>
        <translation>Escrito el %1; último cambio el %2.</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · added %4</source>
        <translation>%1 · %2, %3 · añadido el %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>This picture could not be shown here; the original file is kept as it is.</source>
        <translation>Esta imagen no se pudo mostrar aquí; el archivo original se conserva tal como está.</translation>
    </message>
    <message>
        <source>The file&apos;s name does not match what it is: it is %1.</source>
        <translation>El nombre del archivo no coincide con lo que es: es %1.</translation>
    </message>
    <message>
        <source>place: %1</source>
        <translation>lugar: %1</translation>
    </message>
    <message>
        <source>taken: %1</source>
        <translation>tomada: %1</translation>
    </message>
    <message>
        <source>camera: %1</source>
        <translation>cámara: %1</translation>
    </message>
    <message>
        <source>Details in the file: %1.</source>
        <translation>Detalles en el archivo: %1.</translation>
    </message>
    <message>
        <source>The file carries hidden details (%1); they are not printed here.</source>
        <translation>El archivo lleva detalles ocultos (%1); no se imprimen aquí.</translation>
    </message>
    <message>
        <source>Every file and its fingerprint</source>
        <translation>Cada archivo y su huella</translation>
    </message>
    <message>
        <source>SHA-256 of each file&apos;s bytes as they came into %1. Compare with the original file&apos;s own SHA-256 to check that it has not changed.</source>
        <translation>SHA-256 de los bytes de cada archivo tal como llegaron a %1. Compárala con la SHA-256 del archivo original para comprobar que no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n times: %1.</source>
        <translation>
            <numerusform>Cambiado %n vez: %1.</numerusform>
            <numerusform>Cambiado %n veces: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than one PDF can hold (%1 and %2 at most). Make two, each for part of the time.</source>
        <comment>%1 and %2 are counts such as “500 records” and “200 journal entries”</comment>
        <translation>Es más de lo que cabe en un PDF (%1 y %2 como máximo). Haz dos, cada uno para una parte del tiempo.</translation>
    </message>
    <message>
        <source>The records you chose have been deleted since. Choose at least one that is still there.</source>
        <translation>Los registros que elegiste se han borrado desde entonces. Elige al menos uno que siga ahí.</translation>
    </message>
</context>
<context>
    <name>RecordsSharePane</name>
    <message>
        <source>‹ Records</source>
        <translation>‹ Registros</translation>
    </message>
    <message>
        <source>Share records</source>
        <translation>Compartir registros</translation>
    </message>
    <message>
        <source>For an advocate, a lawyer or a court. Each record shows when it happened, when you wrote it and every time you changed it, and each file its fingerprint (SHA-256), so anyone can check the originals.</source>
        <translation>Para quien te acompaña, una abogada o un tribunal. Cada registro muestra cuándo pasó, cuándo lo escribiste y cada vez que lo cambiaste, y cada archivo su huella (SHA-256), para que cualquiera pueda comprobar los originales.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>None ticked. No record goes in unless you tick it.</source>
        <translation>Ninguno marcado. No entra ningún registro a menos que lo marques.</translation>
    </message>
    <message>
        <source>1 record ticked.</source>
        <translation>1 registro marcado.</translation>
    </message>
    <message>
        <source>Record of %1. Include it</source>
        <translation>Registro del %1. Incluirlo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>Sensitive, words hidden</source>
        <translation>Sensible, palabras ocultas</translation>
    </message>
    <message>
        <source>Journal entries (optional)</source>
        <translation>Entradas del diario (opcional)</translation>
    </message>
    <message>
        <source>Your name on the cover (optional)</source>
        <translation>Tu nombre en la portada (opcional)</translation>
    </message>
    <message>
        <source>Leave empty for no name</source>
        <translation>Déjalo vacío para no poner nombre</translation>
    </message>
    <message>
        <source>Name on the cover, optional</source>
        <translation>Nombre en la portada, opcional</translation>
    </message>
    <message>
        <source>Print what pictures carry besides what they show, such as where they were taken (left out unless you tick this)</source>
        <translation>Imprimir lo que llevan las imágenes además de lo que muestran, como dónde se tomaron (queda fuera a menos que marques esto)</translation>
    </message>
    <message>
        <source>A PDF or a folder of files is not encrypted: anyone who opens it can see it.</source>
        <translation>Un PDF o una carpeta de archivos no está cifrado: cualquiera que lo abra puede verlo.</translation>
    </message>
    <message>
        <source>Making the PDF: %1 percent</source>
        <translation>Haciendo el PDF: %1 por ciento</translation>
    </message>
    <message>
        <source>Stop making the PDF</source>
        <translation>Dejar de hacer el PDF</translation>
    </message>
    <message>
        <source>Look at the PDF first</source>
        <translation>Ver el PDF primero</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF, which is not encrypted</source>
        <translation>Elegir dónde guardar el PDF, que no está cifrado</translation>
    </message>
    <message>
        <source>Save the original files in a new folder…</source>
        <translation>Guardar los archivos originales en una carpeta nueva…</translation>
    </message>
    <message>
        <source>Choose where to make a new folder with the ticked records&apos; files and their fingerprints</source>
        <translation>Elegir dónde crear una carpeta nueva con los archivos de los registros marcados y sus huellas</translation>
    </message>
    <message>
        <source>Where should the new folder go, and what is it called?</source>
        <translation>¿Dónde va la carpeta nueva y cómo se llama?</translation>
    </message>
    <message>
        <source>Where should the PDF go?</source>
        <translation>¿Dónde va el PDF?</translation>
    </message>
    <message>
        <source>Back to choosing what goes in the PDF</source>
        <translation>Volver a elegir qué entra en el PDF</translation>
    </message>
    <message>
        <source>Page %1 of the records PDF</source>
        <translation>Página %1 del PDF de registros</translation>
    </message>
    <message>
        <source>Save the files</source>
        <translation>Guardar los archivos</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n records ticked.</source>
        <translation>
            <numerusform>%n registro marcado.</numerusform>
            <numerusform>%n registros marcados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the original files</source>
        <translation>Guardando los archivos originales</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeStep</name>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your PIN or passphrase, this code is the only way back in. Write it on paper and keep it somewhere safe and private. It is shown only this once.</source>
        <translation>Si alguna vez olvidas tu PIN o tu frase de contraseña, este código es la única forma de volver a entrar. Escríbelo en papel y guárdalo en un lugar seguro y privado. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>I have saved it somewhere safe</source>
        <translation>Ya lo guardé en un lugar seguro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message numerus="yes">
        <source>Recovery code, in %n groups</source>
        <translation>
            <numerusform>Código de recuperación, en %n grupo</numerusform>
            <numerusform>Código de recuperación, en %n grupos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Primero escribe tu código de recuperación.</translation>
    </message>
    <message>
        <source>The new one and its confirmation didn&apos;t match. Please type both again.</source>
        <translation>La nueva y su confirmación no coinciden. Escribe las dos otra vez, por favor.</translation>
    </message>
    <message>
        <source>Open with your recovery code</source>
        <translation>Abrir con tu código de recuperación</translation>
    </message>
    <message>
        <source>Type the code you wrote down when you set up %1. Capitals, spaces and dashes don&apos;t matter. Then choose a new PIN or passphrase.</source>
        <translation>Escribe el código que anotaste al configurar %1. Las mayúsculas, los espacios y los guiones dan igual. Después elige un PIN o una frase de contraseña nuevos.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>Type it again to confirm</source>
        <translation>Escríbela otra vez para confirmar</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Puedes volver a intentarlo en %1.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the lock screen</source>
        <translation>Volver a la pantalla de bloqueo</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>Abrir y guardar</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>A strong link: on days when %1 was higher, %2 was usually higher too.</source>
        <translation>Una relación fuerte: los días en que %1 estaba más alto, %2 solía estar más alto también.</translation>
    </message>
    <message>
        <source>A strong link, in opposite directions: on days when %1 was higher, %2 was usually lower.</source>
        <translation>Una relación fuerte, en sentido contrario: los días en que %1 estaba más alto, %2 solía estar más bajo.</translation>
    </message>
    <message>
        <source>A moderate link: on days when %1 was higher, %2 was often higher too.</source>
        <translation>Una relación moderada: los días en que %1 estaba más alto, %2 a menudo estaba más alto también.</translation>
    </message>
    <message>
        <source>A moderate link, in opposite directions: on days when %1 was higher, %2 was often lower.</source>
        <translation>Una relación moderada, en sentido contrario: los días en que %1 estaba más alto, %2 a menudo estaba más bajo.</translation>
    </message>
    <message>
        <source>A weak link: on days when %1 was higher, %2 was sometimes higher too.</source>
        <translation>Una relación débil: los días en que %1 estaba más alto, %2 a veces estaba más alto también.</translation>
    </message>
    <message>
        <source>A weak link, in opposite directions: on days when %1 was higher, %2 was sometimes lower.</source>
        <translation>Una relación débil, en sentido contrario: los días en que %1 estaba más alto, %2 a veces estaba más bajo.</translation>
    </message>
    <message>
        <source>No clear link: %1 and %2 hardly move together.</source>
        <translation>Sin una relación clara: %1 y %2 apenas cambian a la vez.</translation>
    </message>
    <message>
        <source>A strong link: after days when %1 was higher, %2 was usually higher the next day.</source>
        <translation>Una relación fuerte: después de los días en que %1 estaba más alto, %2 solía estar más alto al día siguiente.</translation>
    </message>
    <message>
        <source>A strong link, in opposite directions: after days when %1 was higher, %2 was usually lower the next day.</source>
        <translation>Una relación fuerte, en sentido contrario: después de los días en que %1 estaba más alto, %2 solía estar más bajo al día siguiente.</translation>
    </message>
    <message>
        <source>A moderate link: after days when %1 was higher, %2 was often higher the next day.</source>
        <translation>Una relación moderada: después de los días en que %1 estaba más alto, %2 a menudo estaba más alto al día siguiente.</translation>
    </message>
    <message>
        <source>A moderate link, in opposite directions: after days when %1 was higher, %2 was often lower the next day.</source>
        <translation>Una relación moderada, en sentido contrario: después de los días en que %1 estaba más alto, %2 a menudo estaba más bajo al día siguiente.</translation>
    </message>
    <message>
        <source>A weak link: after days when %1 was higher, %2 was sometimes higher the next day.</source>
        <translation>Una relación débil: después de los días en que %1 estaba más alto, %2 a veces estaba más alto al día siguiente.</translation>
    </message>
    <message>
        <source>A weak link, in opposite directions: after days when %1 was higher, %2 was sometimes lower the next day.</source>
        <translation>Una relación débil, en sentido contrario: después de los días en que %1 estaba más alto, %2 a veces estaba más bajo al día siguiente.</translation>
    </message>
    <message>
        <source>No clear link: %1 says little about %2 the next day.</source>
        <translation>Sin una relación clara: %1 dice poco sobre %2 al día siguiente.</translation>
    </message>
    <message>
        <source>%1, then %2 the next day</source>
        <translation>%1, y %2 al día siguiente</translation>
    </message>
    <message>
        <source>%1 and %2, on the same day</source>
        <translation>%1 y %2, el mismo día</translation>
    </message>
    <message numerus="yes">
        <source>One of them stayed the same on all %n days with both recorded, so there is nothing to compare.</source>
        <translation>
            <numerusform>Solo hay %n día con las dos registradas, así que no hay nada que comparar.</numerusform>
            <numerusform>Una de las dos se mantuvo igual en los %n días con las dos registradas, así que no hay nada que comparar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen on %n days with both recorded.</source>
        <translation>
            <numerusform>Visto en %n día con las dos registradas.</numerusform>
            <numerusform>Visto en %n días con las dos registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spearman&apos;s ρ = %1 over %n days</source>
        <translation>
            <numerusform>ρ de Spearman = %1 en %n día</numerusform>
            <numerusform>ρ de Spearman = %1 en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough days yet: %1 of the %n days with both recorded that are needed.</source>
        <translation>
            <numerusform>Aún no hay días suficientes: %1 del %n día con las dos registradas que hace falta.</numerusform>
            <numerusform>Aún no hay días suficientes: %1 de los %n días con las dos registradas que hacen falta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These move together; that does not mean one causes the other. Shown only with at least %n days on which both were recorded.</source>
        <translation>
            <numerusform>Estas cambian a la vez; eso no quiere decir que una cause la otra. Solo se muestra con al menos %n día en que se registraron las dos.</numerusform>
            <numerusform>Estas cambian a la vez; eso no quiere decir que una cause la otra. Solo se muestra con al menos %n días en que se registraron las dos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipList</name>
    <message>
        <source>Nothing to compare yet: relationships appear once two measures have been recorded on the same days.</source>
        <translation>Aún no hay nada que comparar: las relaciones aparecen cuando dos medidas se han registrado los mismos días.</translation>
    </message>
</context>
<context>
    <name>RenewKeysForm</name>
    <message>
        <source>If someone may know your PIN or your recovery code, renew the keys. Your entries are locked again under a new key and you get a new recovery code; the old code stops working. Your PIN stays the same. Copies of the data folder made before now (backups, snapshots, synced copies) still open with the old PIN and code, but nothing you write from now on is in them.</source>
        <translation>Si crees que alguien podría conocer tu PIN o tu código de recuperación, renueva las claves. Tus entradas quedan guardadas bajo una clave nueva y recibes un código de recuperación nuevo; el código anterior deja de funcionar. Tu PIN sigue siendo el mismo. Las copias de la carpeta de datos hechas antes de este momento (copias de seguridad, instantáneas, copias sincronizadas) todavía se abren con el PIN y el código anteriores, pero nada de lo que escribas desde ahora estará en ellas.</translation>
    </message>
    <message>
        <source>If someone may know your passphrase or your recovery code, renew the keys. Your entries are locked again under a new key and you get a new recovery code; the old code stops working. Your passphrase stays the same. Copies of the data folder made before now (backups, snapshots, synced copies) still open with the old passphrase and code, but nothing you write from now on is in them.</source>
        <translation>Si crees que alguien podría conocer tu frase de contraseña o tu código de recuperación, renueva las claves. Tus entradas quedan guardadas bajo una clave nueva y recibes un código de recuperación nuevo; el código anterior deja de funcionar. Tu frase de contraseña sigue siendo la misma. Las copias de la carpeta de datos hechas antes de este momento (copias de seguridad, instantáneas, copias sincronizadas) todavía se abren con la frase de contraseña y el código anteriores, pero nada de lo que escribas desde ahora estará en ellas.</translation>
    </message>
    <message>
        <source>Renew keys…</source>
        <translation>Renovar las claves…</translation>
    </message>
    <message>
        <source>Renew keys: a new data key and a new recovery code</source>
        <translation>Renovar las claves: una clave de datos nueva y un código de recuperación nuevo</translation>
    </message>
    <message>
        <source>Your PIN, to renew the keys</source>
        <translation>Tu PIN, para renovar las claves</translation>
    </message>
    <message>
        <source>Your passphrase, to renew the keys</source>
        <translation>Tu frase de contraseña, para renovar las claves</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel renewing the keys</source>
        <translation>Cancelar la renovación de las claves</translation>
    </message>
    <message>
        <source>Renewing the keys…</source>
        <translation>Renovando las claves…</translation>
    </message>
    <message>
        <source>Renew keys</source>
        <translation>Renovar las claves</translation>
    </message>
</context>
<context>
    <name>RenewalOffer</name>
    <message>
        <source>Your recovery code was on screen when the app locked, before you said you had written it down. Make a new one now?</source>
        <translation>Tu código de recuperación estaba en pantalla cuando la app se bloqueó, antes de que dijeras que lo habías anotado. ¿Quieres crear uno nuevo ahora?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: put this offer away</source>
        <translation>Ahora no: ocultar esta sugerencia</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Crear un código nuevo</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Crear un código de recuperación nuevo</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Nothing was restored or changed.</source>
        <translation>No se restauró ni se cambió nada.</translation>
    </message>
    <message>
        <source>Copying your backup</source>
        <translation>Copiando tu copia de seguridad</translation>
    </message>
    <message>
        <source>Checking the backup file</source>
        <translation>Revisando el archivo de la copia de seguridad</translation>
    </message>
    <message>
        <source>Locking the copy with its new key</source>
        <translation>Cerrando la copia con su nueva clave</translation>
    </message>
    <message>
        <source>Checking the backup passphrase</source>
        <translation>Comprobando la frase de la copia de seguridad</translation>
    </message>
    <message>
        <source>Checking the restored vault</source>
        <translation>Revisando la bóveda restaurada</translation>
    </message>
</context>
<context>
    <name>RestoreBackupStep</name>
    <message>
        <source>Type the backup passphrase that was chosen when the backup was made.</source>
        <translation>Escribe la frase de contraseña que se eligió al hacer la copia.</translation>
    </message>
    <message>
        <source>The new PIN or passphrase and its second typing are not the same yet.</source>
        <translation>El PIN o la frase de contraseña nuevos y su repetición aún no coinciden.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>La frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>A new PIN of 6 or more digits</source>
        <translation>Un PIN nuevo de 6 cifras o más</translation>
    </message>
    <message>
        <source>A new passphrase of 8 or more characters</source>
        <translation>Una frase de contraseña nueva de 8 caracteres o más</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Lo mismo otra vez</translation>
    </message>
    <message>
        <source>New PIN, again</source>
        <translation>PIN nuevo, otra vez</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Frase de contraseña nueva, otra vez</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Primero elige el archivo de la copia.</translation>
    </message>
    <message>
        <source>Choose a backup that %1 made, and type the backup passphrase chosen for it. Then choose how you&apos;ll open %1 on this computer.</source>
        <translation>Elige una copia hecha con %1 y escribe la frase de contraseña que elegiste para ella. Después elige cómo vas a abrir %1 en esta computadora.</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Elegir otra copia…</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>Elegir la copia…</translation>
    </message>
    <message>
        <source>Choose the backup file to restore</source>
        <translation>Elegir el archivo de la copia que quieres restaurar</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copia: %1</translation>
    </message>
    <message>
        <source>No backup chosen yet.</source>
        <translation>Aún no has elegido ninguna copia.</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elegir la copia</translation>
    </message>
    <message>
        <source>Restoring your backup</source>
        <translation>Restaurando tu copia de seguridad</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Review: %1</source>
        <translation>Repaso: %1</translation>
    </message>
</context>
<context>
    <name>ReviewOfferCard</name>
    <message>
        <source>A look back at %1</source>
        <translation>Una mirada a %1</translation>
    </message>
    <message>
        <source>A new month has begun. If you&apos;d like, you can look back at how %1 went next to the month before, and write a few lines about it. It takes a few minutes, and there is no right answer.</source>
        <translation>Empezó un mes nuevo. Si quieres, puedes mirar cómo te fue en %1 junto al mes anterior y escribir unas líneas sobre eso. Toma unos minutos, y no hay respuestas correctas.</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Mirar atrás</translation>
    </message>
    <message>
        <source>Look back at %1</source>
        <translation>Mirar cómo fue %1</translation>
    </message>
    <message>
        <source>Not this month</source>
        <translation>Este mes no</translation>
    </message>
    <message>
        <source>Not this month: put this away until next month</source>
        <translation>Este mes no: guardar esto hasta el mes que viene</translation>
    </message>
    <message>
        <source>Stop offering this</source>
        <translation>No volver a ofrecerlo</translation>
    </message>
    <message>
        <source>Stop offering a monthly look back; Settings can turn it on again</source>
        <translation>Dejar de ofrecer la mirada mensual; puedes volver a activarla en Ajustes</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Compare two periods</source>
        <translation>Comparar dos periodos</translation>
    </message>
    <message>
        <source>Back to charts</source>
        <translation>Volver a los gráficos</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir las fechas</translation>
    </message>
    <message>
        <source>Earlier period, from and to (YYYY-MM-DD)</source>
        <translation>Periodo anterior, desde y hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Earlier period, first day</source>
        <translation>Periodo anterior, primer día</translation>
    </message>
    <message>
        <source>Earlier period, last day</source>
        <translation>Periodo anterior, último día</translation>
    </message>
    <message>
        <source>Later period, from and to</source>
        <translation>Periodo posterior, desde y hasta</translation>
    </message>
    <message>
        <source>Later period, first day</source>
        <translation>Periodo posterior, primer día</translation>
    </message>
    <message>
        <source>Later period, last day</source>
        <translation>Periodo posterior, último día</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Nothing was recorded in these two periods yet. That is all right: the review fills in as you check in.</source>
        <translation>En estos dos periodos aún no hay nada registrado. No pasa nada: el repaso se va llenando a medida que anotas cómo estás.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>A reflection, if you like</source>
        <translation>Una reflexión, si quieres</translation>
    </message>
    <message>
        <source>Anything you notice looking back. It is kept in your journal, tagged “review”. You can skip this.</source>
        <translation>Lo que notes al mirar atrás. Se guarda en tu diario con la etiqueta «repaso». Puedes saltarte esto.</translation>
    </message>
    <message>
        <source>What stands out to you?</source>
        <translation>¿Qué te llama la atención?</translation>
    </message>
    <message>
        <source>Reflection on these two periods</source>
        <translation>Reflexión sobre estos dos periodos</translation>
    </message>
    <message>
        <source>Save to journal</source>
        <translation>Guardar en el diario</translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation>Cuestionarios</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>That routine item is no longer there.</source>
        <translation>Esa rutina ya no está.</translation>
    </message>
    <message>
        <source>“%1” is built in; hide it to take it off Today.</source>
        <translation>«%1» es una rutina incluida; ocúltala para quitarla de Hoy.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>That number is no longer there.</source>
        <translation>Ese número ya no está.</translation>
    </message>
    <message>
        <source>A name can be up to %1 characters; this one has %2. Could it be a little shorter? Nothing has been changed.</source>
        <translation>Un nombre puede tener hasta %1 caracteres; este tiene %2. ¿Podría ser un poco más corto? No se cambió nada.</translation>
    </message>
    <message>
        <source>A phone number can be up to %1 characters; this one has %2. Could it be a little shorter? Nothing has been changed.</source>
        <translation>Un número de teléfono puede tener hasta %1 caracteres; este tiene %2. ¿Podría ser un poco más corto? No se cambió nada.</translation>
    </message>
    <message>
        <source>A note can be up to %1 characters; this one has %2. Could it be a little shorter? Nothing has been changed.</source>
        <translation>Una nota puede tener hasta %1 caracteres; esta tiene %2. ¿Podría ser un poco más corta? No se cambió nada.</translation>
    </message>
    <message>
        <source>Your notes can be up to %1 characters; these have %2. Could they be a little shorter? Nothing has been changed.</source>
        <translation>Tus notas pueden tener hasta %1 caracteres; estas tienen %2. ¿Podrían ser un poco más cortas? No se cambió nada.</translation>
    </message>
    <message>
        <source>A line of your plan can be up to %1 characters; this one has %2. Could it be a little shorter? Nothing has been changed.</source>
        <translation>Una línea de tu plan puede tener hasta %1 caracteres; esta tiene %2. ¿Podría ser un poco más corta? No se cambió nada.</translation>
    </message>
    <message>
        <source>A name needs a few words first.</source>
        <translation>Un nombre necesita primero unas palabras.</translation>
    </message>
    <message>
        <source>A phone number needs a few words first.</source>
        <translation>Un número de teléfono necesita primero unas palabras.</translation>
    </message>
    <message>
        <source>A note needs a few words first.</source>
        <translation>Una nota necesita primero unas palabras.</translation>
    </message>
    <message>
        <source>Your notes need a few words first.</source>
        <translation>Tus notas necesitan primero unas palabras.</translation>
    </message>
    <message>
        <source>A line of your plan needs a few words first.</source>
        <translation>Una línea de tu plan necesita primero unas palabras.</translation>
    </message>
    <message>
        <source>There is no list of numbers for that region.</source>
        <translation>No hay una lista de números para esa región.</translation>
    </message>
    <message>
        <source>The list of support numbers is damaged (%1).</source>
        <translation>La lista de números de apoyo está dañada (%1).</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>En otro lugar</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Servicios de emergencia</translation>
    </message>
    <message>
        <source>Your local emergency number</source>
        <translation>Tu número local de emergencias</translation>
    </message>
    <message>
        <source>If you are in danger right now</source>
        <translation>Si estás en peligro ahora mismo</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>no es JSON</translation>
    </message>
    <message>
        <source>a region without a code or name, or twice</source>
        <translation>una región sin código o sin nombre, o repetida</translation>
    </message>
    <message>
        <source>an entry without a name or number in %1</source>
        <translation>una entrada sin nombre o sin número en %1</translation>
    </message>
    <message>
        <source>no numbers for %1</source>
        <translation>no hay números para %1</translation>
    </message>
    <message>
        <source>no regions, or an unknown default</source>
        <translation>no hay regiones, o la región predeterminada es desconocida</translation>
    </message>
    <message>
        <source>That contact is no longer there.</source>
        <translation>Ese contacto ya no está.</translation>
    </message>
    <message>
        <source>A contact moves one place at a time.</source>
        <translation>Un contacto se mueve de un lugar a la vez.</translation>
    </message>
    <message>
        <source>That line of your plan is no longer there.</source>
        <translation>Esa línea de tu plan ya no está.</translation>
    </message>
    <message>
        <source>A line moves one place at a time.</source>
        <translation>Una línea se mueve de un lugar a la vez.</translation>
    </message>
    <message>
        <source>help without a kind, a name or a note in %1</source>
        <translation>ayuda sin tipo, sin nombre o sin nota en %1</translation>
    </message>
    <message>
        <source>Only the emergency bag and the close-at-hand list have ticks.</source>
        <translation>Solo la bolsa de emergencia y la lista de lo que tienes a mano llevan marcas.</translation>
    </message>
    <message>
        <source>That line cannot be put back any more; add it again instead.</source>
        <translation>Esa línea ya no se puede recuperar; mejor vuelve a añadirla.</translation>
    </message>
</context>
<context>
    <name>SafetyContactModel</name>
    <message>
        <source>That contact is no longer there.</source>
        <translation>Ese contacto ya no está.</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Something to steady you</source>
        <translation>Algo para recuperar la calma</translation>
    </message>
    <message>
        <source>Short exercises for a hard moment. You can stop any of them at any time.</source>
        <translation>Ejercicios cortos para un momento difícil. Puedes parar cualquiera en cualquier momento.</translation>
    </message>
    <message>
        <source>Your safety plan</source>
        <translation>Tu plan de seguridad</translation>
    </message>
    <message>
        <source>A plan for hard times, in your own words. Fill in only what feels useful, in any order; it is kept encrypted and you can change it whenever you like.</source>
        <translation>Un plan para los momentos difíciles, con tus propias palabras. Rellena solo lo que te sirva, en el orden que quieras; se guarda cifrado y puedes cambiarlo cuando quieras.</translation>
    </message>
    <message>
        <source>Signs that a hard time may be coming</source>
        <translation>Señales de que puede venir un momento difícil</translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations you have noticed before a difficult stretch.</source>
        <translation>Pensamientos, sentimientos o situaciones que has notado antes de una racha difícil.</translation>
    </message>
    <message>
        <source>For example: I stop sleeping well</source>
        <translation>Ej.: dejo de dormir bien</translation>
    </message>
    <message>
        <source>Things I can do that help</source>
        <translation>Cosas que puedo hacer y me ayudan</translation>
    </message>
    <message>
        <source>Small things that have helped, even a little.</source>
        <translation>Cosas pequeñas que te han ayudado, aunque sea un poco.</translation>
    </message>
    <message>
        <source>For example: a warm drink and a blanket</source>
        <translation>Ej.: una manta y un té</translation>
    </message>
    <message>
        <source>Places that help</source>
        <translation>Lugares que me ayudan</translation>
    </message>
    <message>
        <source>Where you feel a bit calmer or less alone.</source>
        <translation>Donde te sientes con más calma o menos sola.</translation>
    </message>
    <message>
        <source>For example: the library</source>
        <translation>Ej.: la biblioteca</translation>
    </message>
    <message>
        <source>My emergency bag</source>
        <translation>Mi bolsa de emergencia</translation>
    </message>
    <message>
        <source>Add something of your own</source>
        <translation>Añadir algo tuyo</translation>
    </message>
    <message>
        <source>A safe place I can go</source>
        <translation>Un lugar seguro al que puedo ir</translation>
    </message>
    <message>
        <source>For example: my aunt&apos;s flat, by bus 12</source>
        <translation>Ej.: casa de mi tía, autobús 12</translation>
    </message>
    <message>
        <source>Things to pack and keep somewhere safe in case you need to leave quickly, perhaps with someone you trust. Tick what is packed; add your own.</source>
        <translation>Cosas para empacar y guardar en un lugar seguro por si necesitas irte rápido, quizás con alguien de confianza. Marca lo que ya está empacado; agrega lo tuyo.</translation>
    </message>
    <message>
        <source>Close at hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Keep these where you can grab them quickly, and have a place of safety in mind. Tick what is ready.</source>
        <translation>Ten estas cosas donde puedas tomarlas rápido, y un lugar seguro en mente. Marca lo que ya está listo.</translation>
    </message>
    <message>
        <source>Somewhere you could go at any hour and stay if you needed to, and how you would get there.</source>
        <translation>Un lugar al que podrías ir a cualquier hora y quedarte si lo necesitaras, y cómo llegarías ahí.</translation>
    </message>
    <message>
        <source>Understanding what happened: sexual violence by a partner, and why it is not your fault</source>
        <translation>Entender lo que pasó: la violencia sexual de una pareja, y por qué no es tu culpa</translation>
    </message>
    <message>
        <source>Open a page about sexual violence by a partner, its forms and effects, and why it is not your fault</source>
        <translation>Abrir una página sobre la violencia sexual de una pareja, sus formas y efectos, y por qué no es tu culpa</translation>
    </message>
</context>
<context>
    <name>SafetyPlanExporter</name>
    <message>
        <source>Signs that a hard time may be coming</source>
        <translation>Señales de que puede venir un momento difícil</translation>
    </message>
    <message>
        <source>Things I can do that help</source>
        <translation>Cosas que puedo hacer y me ayudan</translation>
    </message>
    <message>
        <source>Places that help</source>
        <translation>Lugares que me ayudan</translation>
    </message>
    <message>
        <source>My emergency bag</source>
        <translation>Mi bolsa de emergencia</translation>
    </message>
    <message>
        <source>A safe place I can go</source>
        <translation>Un lugar seguro al que puedo ir</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>People, professionals and lines I can call</source>
        <translation>Personas, profesionales y líneas a las que puedo llamar</translation>
    </message>
    <message>
        <source>%1 is locked. Open it again to print your plan.</source>
        <translation>%1 está bloqueado. Vuelve a abrirlo para imprimir tu plan.</translation>
    </message>
    <message>
        <source>Close at hand, where I can grab them</source>
        <translation>A mano, donde pueda tomarlas</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>a contact&apos;s name, phone and note</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a contact&apos;s name and phone</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a contact&apos;s name and note</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPdf</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo empezar el PDF.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the app)</source>
        <translation>
            <numerusform>(%n más en la app)</numerusform>
            <numerusform>(%n más en la app)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPlanSectionModel</name>
    <message>
        <source>That line is no longer there.</source>
        <translation>Esa línea ya no está.</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>Only entries with this tag</source>
        <translation>Solo las entradas con esta etiqueta</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>The past month</source>
        <translation>El último mes</translation>
    </message>
    <message>
        <source>The past year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <source>Only entries from this period</source>
        <translation>Solo las entradas de este periodo</translation>
    </message>
    <message numerus="yes">
        <source>The past %n months</source>
        <translation>
            <numerusform>El último mes</numerusform>
            <numerusform>Los últimos %n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultRow</name>
    <message>
        <source>Sensitive entry from %1, covered</source>
        <translation>Entrada delicada del %1, tapada</translation>
    </message>
    <message>
        <source>Result from %1: %2</source>
        <translation>Resultado del %1: %2</translation>
    </message>
    <message>
        <source>%1 · draft</source>
        <translation>%1 · borrador</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>Se encontró %n entrada</numerusform>
            <numerusform>Se encontraron %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n entries found</source>
        <translation>
            <numerusform>Se muestra la primera %n entrada encontrada</numerusform>
            <numerusform>Se muestran las primeras %n entradas encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Characters typed: %1</source>
        <translation>Caracteres escritos: %1</translation>
    </message>
    <message>
        <source>Characters typed: %1, all selected</source>
        <translation>Caracteres escritos: %1, todos seleccionados</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Escribe tu PIN</translation>
    </message>
    <message>
        <source>Type your passphrase</source>
        <translation>Escribe tu frase de contraseña</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>SecretKindChoice</name>
    <message>
        <source>A PIN of 6 or more digits</source>
        <translation>Un PIN de 6 cifras o más</translation>
    </message>
    <message>
        <source>A passphrase of 8 or more characters</source>
        <translation>Una frase de contraseña de 8 caracteres o más</translation>
    </message>
    <message>
        <source>A PIN is quick, and it stops someone at the keyboard. But if someone copied %1&apos;s files, a fast computer could guess a 6-digit PIN in under an hour. A longer passphrase protects better: four random words would take far longer than a lifetime.</source>
        <translation>Un PIN es rápido y frena a quien esté frente al teclado. Pero si alguien copiara los archivos de %1, una computadora rápida podría adivinar un PIN de 6 cifras en menos de una hora. Una frase de contraseña más larga protege mejor: cuatro palabras al azar llevarían muchísimo más que una vida entera.</translation>
    </message>
</context>
<context>
    <name>SensesTool</name>
    <message>
        <source>5-4-3-2-1 senses</source>
        <translation>5-4-3-2-1 sentidos</translation>
    </message>
    <message>
        <source>Look around. Name five things you can see.</source>
        <translation>Mira a tu alrededor. Nombra cinco cosas que puedas ver.</translation>
    </message>
    <message>
        <source>Anything at all: a colour, a shadow, the corner of a table.</source>
        <translation>Cualquier cosa: un color, una sombra, la esquina de una mesa.</translation>
    </message>
    <message>
        <source>Notice four things you can feel.</source>
        <translation>Fíjate en cuatro cosas que puedas sentir.</translation>
    </message>
    <message>
        <source>Your feet on the floor, the chair holding you, the air on your hands.</source>
        <translation>Los pies en el suelo, la silla que te sostiene, el aire en las manos.</translation>
    </message>
    <message>
        <source>Listen for three things you can hear.</source>
        <translation>Escucha tres cosas que puedas oír.</translation>
    </message>
    <message>
        <source>Near or far. Quiet sounds count too.</source>
        <translation>Cerca o lejos. Los sonidos suaves también cuentan.</translation>
    </message>
    <message>
        <source>Find two things you can smell.</source>
        <translation>Busca dos cosas que puedas oler.</translation>
    </message>
    <message>
        <source>If nothing comes, think of two smells you like.</source>
        <translation>Si no encuentras nada, piensa en dos olores que te gusten.</translation>
    </message>
    <message>
        <source>Notice one thing you can taste.</source>
        <translation>Fíjate en una cosa que puedas saborear.</translation>
    </message>
    <message>
        <source>Or one kind thing you could say to yourself right now.</source>
        <translation>O en algo amable que podrías decirte ahora mismo.</translation>
    </message>
    <message>
        <source>All five steps done</source>
        <translation>Hiciste los cinco pasos</translation>
    </message>
    <message>
        <source>Step %1 of 5</source>
        <translation>Paso %1 de 5</translation>
    </message>
    <message>
        <source>Write them here, if you like</source>
        <translation>Escríbelas aquí, si quieres</translation>
    </message>
    <message>
        <source>Notes for this step, optional</source>
        <translation>Notas de este paso, opcionales</translation>
    </message>
    <message>
        <source>You did that. Take a moment.</source>
        <translation>Lo hiciste. Tómate un momento.</translation>
    </message>
    <message>
        <source>Your notes are not saved unless you ask. If you close this, they are gone.</source>
        <translation>Tus notas no se guardan a menos que lo pidas. Si cierras esto, desaparecen.</translation>
    </message>
    <message>
        <source>Nothing was written down, and that is fine.</source>
        <translation>No se escribió nada, y está bien.</translation>
    </message>
    <message>
        <source>Keep my notes in my journal</source>
        <translation>Guardar mis notas en el diario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>5-4-3-2-1 notes</source>
        <translation>Notas del 5-4-3-2-1</translation>
    </message>
</context>
<context>
    <name>SensitiveCover</name>
    <message>
        <source>Show this sensitive entry&apos;s text</source>
        <translation>Ver el texto de esta entrada delicada</translation>
    </message>
    <message>
        <source>Sensitive: show the words</source>
        <translation>Delicada: mostrar el texto</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>If the next try doesn&apos;t open it, there will be a short wait.</source>
        <translation>Si el próximo intento no la abre, habrá una breve espera.</translation>
    </message>
    <message>
        <source>One more try before a short wait.</source>
        <translation>Queda un intento antes de una breve espera.</translation>
    </message>
    <message>
        <source>%1 more tries before a short wait.</source>
        <translation>Quedan %1 intentos antes de una breve espera.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>Bloquear solo después de</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation>Bloquear solo después de estos minutos sin uso</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source>Neutral mode</source>
        <translation>Modo neutro</translation>
    </message>
    <message>
        <source>Support numbers</source>
        <translation>Números de apoyo</translation>
    </message>
    <message>
        <source>Show the support lines for</source>
        <translation>Mostrar las líneas de apoyo de</translation>
    </message>
    <message>
        <source>Region for support numbers</source>
        <translation>Región de los números de apoyo</translation>
    </message>
    <message>
        <source>Kept encrypted, with your own numbers on the Safety page. The lock screen shows the general list only.</source>
        <translation>Se guarda cifrado, junto a tus propios números, en la página Seguridad. La pantalla de bloqueo solo muestra la lista general.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Tu PIN</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Bring in data</source>
        <translation>Traer datos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Words, dates and numbers in</source>
        <translation>Palabras, fechas y números en</translation>
    </message>
    <message>
        <source>Cover %1 when it is in the background</source>
        <translation>Tapar %1 cuando está en segundo plano</translation>
    </message>
    <message>
        <source>Neutral mode: call the app “%1” everywhere it shows its name, from the window title to saved PDFs</source>
        <translation>Modo neutro: llamar a la app «%1» en todo lugar donde muestra su nombre, del título de la ventana a los PDF guardados</translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Open check-ups</source>
        <translation>Abrir cuestionarios</translation>
    </message>
    <message>
        <source>Open check-ups to take one now</source>
        <translation>Abrir los cuestionarios para responder uno ahora</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Show “On this day”: what I wrote on this date in earlier years</source>
        <translation>Mostrar «Este día»: lo que escribí en esta fecha en años anteriores</translation>
    </message>
    <message>
        <source>Entries you marked sensitive are never shown there.</source>
        <translation>Las entradas que marcaste como delicadas nunca se muestran ahí.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1% (usual)</source>
        <translation>%1 % (habitual)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size, in percent of the usual size</source>
        <translation>Tamaño del texto, en porcentaje del tamaño habitual</translation>
    </message>
    <message>
        <source>Offer a look back at the month just gone, once a month</source>
        <translation>Ofrecer una mirada al mes que terminó, una vez al mes</translation>
    </message>
    <message>
        <source>Renew keys</source>
        <translation>Renovar las claves</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk is full, so %1 could not save. What you wrote is still here: free some space and try again.</source>
        <translation>El disco está lleno, así que %1 no pudo guardar. Lo que escribiste sigue aquí: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not write to its data folder. Check that the disk is connected and that the folder can be written to.</source>
        <translation>%1 no pudo escribir en su carpeta de datos. Comprueba que el disco esté conectado y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>This vault&apos;s data is damaged and cannot be read. Your PIN was right. Nothing has been changed; if you have a backup, you can restore it.</source>
        <translation>Los datos de esta bóveda están dañados y no se pueden leer. Tu PIN era correcto. No se cambió nada; si tienes una copia de seguridad, puedes restaurarla.</translation>
    </message>
    <message>
        <source>That value could not be saved.</source>
        <translation>No se pudo guardar ese valor.</translation>
    </message>
    <message>
        <source>Something went wrong inside %1 (%2). Nothing was lost.</source>
        <translation>Algo salió mal dentro de %1 (%2). No se perdió nada.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>%1 could not prepare the backup&apos;s key.</source>
        <translation>%1 no pudo preparar la clave de la copia de seguridad.</translation>
    </message>
    <message>
        <source>This vault was made by a newer %1. Please update %1 to open it; nothing has been changed.</source>
        <translation>Esta bóveda la hizo una versión más nueva de %1. Actualiza %1 para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <source>A database update is missing from this build.</source>
        <translation>A esta compilación le falta una actualización de la base de datos.</translation>
    </message>
    <message>
        <source>%1 is busy with a longer task, such as bringing in a file. Nothing was lost: try again when it has finished.</source>
        <translation>%1 está ocupado con una tarea más larga, como traer un archivo. No se perdió nada: vuelve a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Detenido, como pediste.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 to %2   ·   Page %3 of %4</source>
        <translation>Del %1 al %2   ·   Página %3 de %4</translation>
    </message>
    <message>
        <source>The summary was stopped. No file was made.</source>
        <translation>Se detuvo el resumen. No se creó ningún archivo.</translation>
    </message>
    <message>
        <source>Summary for my therapist</source>
        <translation>Resumen para mi terapeuta</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo empezar el PDF.</translation>
    </message>
    <message>
        <source>The preview needs a width between 50 and 5000 pixels.</source>
        <translation>La vista previa necesita un ancho de entre 50 y 5000 píxeles.</translation>
    </message>
    <message>
        <source>Choose a period whose first day comes before (or is) its last day.</source>
        <translation>Elige un periodo cuyo primer día sea anterior o igual al último.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Elige un periodo de diez años como máximo.</translation>
    </message>
    <message>
        <source>That is a lot of entries for one summary (%1). Choose at most %2.</source>
        <translation>Son muchas entradas para un resumen (%1). Elige %2 como máximo.</translation>
    </message>
    <message>
        <source>Nothing was recorded in those days, so there is nothing to compare with yet.</source>
        <translation>En esos días no se registró nada, así que aún no hay con qué comparar.</translation>
    </message>
    <message>
        <source>Mood was highest on %1 (%2) and lowest on %3 (%4).</source>
        <translation>El ánimo estuvo más alto el %1 (%2) y más bajo el %3 (%4).</translation>
    </message>
    <message>
        <source>There is no journal entry %1 (it may have been deleted). Nothing was made.</source>
        <translation>No hay ninguna entrada %1 en el diario (quizá se borró). No se creó nada.</translation>
    </message>
    <message>
        <source>Entry %1 is still a draft, and drafts are never shared. Nothing was made.</source>
        <translation>La entrada %1 aún es un borrador, y los borradores nunca se comparten. No se creó nada.</translation>
    </message>
    <message>
        <source>Entry %1 is about %2, outside the chosen period. Choose entries from the period, or widen it. Nothing was made.</source>
        <translation>La entrada %1 es del %2, fuera del periodo elegido. Elige entradas del periodo, o amplíalo. No se creó nada.</translation>
    </message>
    <message>
        <source>charts of each measure</source>
        <translation>gráficos de cada medida</translation>
    </message>
    <message>
        <source>averages</source>
        <translation>promedios</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>rutinas</translation>
    </message>
    <message>
        <source>a comparison with the period before</source>
        <translation>una comparación con el periodo anterior</translation>
    </message>
    <message>
        <source>counts of hard moments</source>
        <translation>el número de momentos difíciles</translation>
    </message>
    <message>
        <source>what I want to talk about</source>
        <translation>de qué quiero hablar</translation>
    </message>
    <message>
        <source>1 journal entry</source>
        <translation>1 entrada del diario</translation>
    </message>
    <message>
        <source>Only this page: nothing else was chosen for this summary.</source>
        <translation>Solo esta página: no se eligió nada más para este resumen.</translation>
    </message>
    <message>
        <source>Inside: %1.</source>
        <translation>Contiene: %1.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Made on %1. It holds only what I chose to share.</source>
        <translation>Hecho el %1. Contiene solo lo que elegí compartir.</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 a %2)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source> (hours)</source>
        <translation> (horas)</translation>
    </message>
    <message>
        <source> (yes or no)</source>
        <translation> (sí o no)</translation>
    </message>
    <message>
        <source>Measures over time</source>
        <translation>Medidas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No measures were recorded in this period.</source>
        <translation>En este periodo no se registró ninguna medida.</translation>
    </message>
    <message>
        <source>Each point is the average of the days recorded in that week. Weeks with nothing recorded are left as gaps.</source>
        <translation>Cada punto es el promedio de los días registrados esa semana. Las semanas sin nada anotado quedan como huecos.</translation>
    </message>
    <message>
        <source>Each point is one day. Days with nothing recorded are left as gaps.</source>
        <translation>Cada punto es un día. Los días sin nada anotado quedan como huecos.</translation>
    </message>
    <message>
        <source>Averages</source>
        <translation>Promedios</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Lowest to highest</source>
        <translation>Del más bajo al más alto</translation>
    </message>
    <message>
        <source>Days recorded</source>
        <translation>Días registrados</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>No routine items were marked as done in this period.</source>
        <translation>En este periodo no se marcó ninguna rutina como hecha.</translation>
    </message>
    <message>
        <source>Compared with the period before</source>
        <translation>Comparado con el periodo anterior</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <source>No hard moments were logged in this period.</source>
        <translation>En este periodo no se anotó ningún momento difícil.</translation>
    </message>
    <message>
        <source>How many were logged in this period, by kind. No details are included.</source>
        <translation>Cuántos se anotaron en este periodo, por tipo. No se incluye ningún detalle.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>These notes are long: the last %1 characters are left out of this summary.</source>
        <translation>Estas notas son largas: los últimos %1 caracteres quedan fuera de este resumen.</translation>
    </message>
    <message>
        <source>Journal entries I chose to share</source>
        <translation>Entradas del diario que elegí compartir</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>This entry is long: the last %1 characters are left out of this summary. The whole entry is still in the journal.</source>
        <translation>Esta entrada es larga: los últimos %1 caracteres quedan fuera de este resumen. La entrada completa sigue en el diario.</translation>
    </message>
    <message>
        <source>Flashbacks</source>
        <translation>Flashbacks</translation>
    </message>
    <message>
        <source>Nightmares</source>
        <translation>Pesadillas</translation>
    </message>
    <message>
        <source>Moments of panic</source>
        <translation>Momentos de pánico</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>Other hard moments</source>
        <translation>Otros momentos difíciles</translation>
    </message>
    <message>
        <source>yes on 1 day</source>
        <translation>sí en 1 día</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation>No se pudo empezar la página %1.</translation>
    </message>
    <message>
        <source>The answer to each question of the %1 is not shown: question %2 is shared only when I choose, and it could be worked out from the others and the total.</source>
        <translation>No se muestra la respuesta a cada pregunta del %1: la pregunta %2 solo se comparte cuando yo lo elijo, y podría deducirse de las demás y del total.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>No check-ups were taken in this period.</source>
        <translation>En este periodo no respondí ningún cuestionario.</translation>
    </message>
    <message>
        <source>Questionnaires I chose to take, scored by each one&apos;s published rules. The shaded bands are the questionnaire&apos;s own ranges; a score is not a diagnosis.</source>
        <translation>Cuestionarios que elegí responder, puntuados según las reglas publicadas de cada uno. Las franjas sombreadas son los rangos propios de cada cuestionario; una puntuación no es un diagnóstico.</translation>
    </message>
    <message>
        <source>taken once in this period</source>
        <translation>respondido una vez en este periodo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>sin total</translation>
    </message>
    <message>
        <source>questions skipped</source>
        <translation>preguntas saltadas</translation>
    </message>
    <message>
        <source>Answers on %1</source>
        <translation>Respuestas del %1</translation>
    </message>
    <message>
        <source>That is a lot of records for one summary (%1). Choose at most %2.</source>
        <translation>Son muchos registros para un resumen (%1). Elige %2 como máximo.</translation>
    </message>
    <message>
        <source>There is no record %1 (it may have been deleted). Nothing was made.</source>
        <translation>No existe el registro %1 (puede que se haya borrado). No se hizo nada.</translation>
    </message>
    <message>
        <source>Record %1 is about %2, outside the chosen period. Nothing was made.</source>
        <translation>El registro %1 es del %2, fuera del periodo elegido. No se hizo nada.</translation>
    </message>
    <message>
        <source>Records I chose to share</source>
        <translation>Registros que elegí compartir</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quién estaba ahí</translation>
    </message>
    <message>
        <source>Who I told</source>
        <translation>A quién se lo conté</translation>
    </message>
    <message>
        <source>check-ups</source>
        <translation>cuestionarios</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes on %n days</source>
        <translation>
            <numerusform>sí en %n día</numerusform>
            <numerusform>sí en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken %n times in this period</source>
        <translation>
            <numerusform>respondido %n vez en este periodo</numerusform>
            <numerusform>respondido %n veces en este periodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the %n days before, from %1 to %2.</source>
        <translation>
            <numerusform>Comparado con el %n día anterior, del %1 al %2.</numerusform>
            <numerusform>Comparado con los %n días anteriores, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins on %1 of %2, and on %3 of %4 in the earlier period.</source>
        <comment>%2 and %4 are numbers of days, such as “30 days”</comment>
        <translation>Días con anotaciones: %1 de %2, y %3 de %4 en el periodo anterior.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n days)</source>
        <translation>
            <numerusform>Del %1 al %2 (%n día)</numerusform>
            <numerusform>Del %1 al %2 (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recorded on %1 of %n days</source>
        <translation>
            <numerusform>registrado en %1 de %n día</numerusform>
            <numerusform>registrado en %1 de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins on %1 of %n days in this period.</source>
        <translation>
            <numerusform>Días con anotaciones: %1 de %n día en este periodo.</numerusform>
            <numerusform>Días con anotaciones: %1 de %n días en este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done on %2 of %n days</source>
        <translation>
            <numerusform>%1: hecha en %2 de %n día</numerusform>
            <numerusform>%1: hecha en %2 de %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryEntryPicker</name>
    <message>
        <source>No entry goes in unless you tick it. Tick only what you want to share.</source>
        <translation>No entra ninguna entrada a menos que la marques. Marca solo lo que quieras compartir.</translation>
    </message>
    <message>
        <source>There are no journal entries on these days.</source>
        <translation>No hay entradas del diario en estos días.</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>Ninguna marcada.</translation>
    </message>
    <message>
        <source>1 entry ticked.</source>
        <translation>1 entrada marcada.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1, %2. Include in the summary</source>
        <translation>%1, %2. Incluir en el resumen</translation>
    </message>
    <message>
        <source>%1 · sensitive, words hidden</source>
        <translation>%1 · delicada, texto oculto</translation>
    </message>
    <message numerus="yes">
        <source>%n entries ticked.</source>
        <translation>
            <numerusform>%n entrada marcada.</numerusform>
            <numerusform>%n entradas marcadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the entry&apos;s day, then its first words</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Share a summary</source>
        <translation>Compartir un resumen</translation>
    </message>
    <message>
        <source>Which days</source>
        <translation>Qué días</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <source>From %1 ▾</source>
        <translation>Desde el %1 ▾</translation>
    </message>
    <message>
        <source>First day of the summary: %1. Choose another day</source>
        <translation>Primer día del resumen: %1. Elegir otro día</translation>
    </message>
    <message>
        <source>To %1 ▾</source>
        <translation>Hasta el %1 ▾</translation>
    </message>
    <message>
        <source>Last day of the summary: %1. Choose another day</source>
        <translation>Último día del resumen: %1. Elegir otro día</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Qué entra</translation>
    </message>
    <message>
        <source>A chart for each measure you recorded</source>
        <translation>Un gráfico por cada medida que registraste</translation>
    </message>
    <message>
        <source>Averages, and on how many days you recorded each</source>
        <translation>Promedios, y cuántos días registraste cada una</translation>
    </message>
    <message>
        <source>Routines: how often you did each</source>
        <translation>Rutinas: con qué frecuencia hiciste cada una</translation>
    </message>
    <message>
        <source>These days compared with the days before</source>
        <translation>Estos días comparados con los anteriores</translation>
    </message>
    <message>
        <source>Thoughts of self-harm, as you recorded them (only if you want to share them)</source>
        <translation>Pensamientos de hacerte daño, tal como los registraste (solo si quieres compartirlos)</translation>
    </message>
    <message>
        <source>How many hard moments you logged (no details)</source>
        <translation>Cuántos momentos difíciles anotaste (sin detalles)</translation>
    </message>
    <message>
        <source>Your name on the cover (optional)</source>
        <translation>Tu nombre en la portada (opcional)</translation>
    </message>
    <message>
        <source>Leave empty for no name</source>
        <translation>Déjalo vacío para no poner nombre</translation>
    </message>
    <message>
        <source>Name on the cover, optional</source>
        <translation>Nombre en la portada, opcional</translation>
    </message>
    <message>
        <source>What I want to talk about (optional)</source>
        <translation>De qué quiero hablar (opcional)</translation>
    </message>
    <message>
        <source>A few notes for the session, if you like</source>
        <translation>Unas notas para la sesión, si quieres</translation>
    </message>
    <message>
        <source>What I want to talk about, optional</source>
        <translation>De qué quiero hablar, opcional</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>A PDF is not encrypted: anyone who opens the file can read it.</source>
        <translation>Un PDF no está cifrado: cualquiera que abra el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>my-summary.pdf</source>
        <translation>mi-resumen.pdf</translation>
    </message>
    <message>
        <source>Look at it first</source>
        <translation>Verlo antes</translation>
    </message>
    <message>
        <source>Preview the pages of the summary</source>
        <translation>Ver las páginas del resumen antes de guardarlo</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Guardado en %1. No está cifrado: bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Make a PDF to take to your therapist, or to anyone you choose. You decide what goes in, and nothing leaves %1 until you save it.</source>
        <translation>Haz un PDF para llevar a tu terapeuta, o a quien tú elijas. Tú decides qué entra, y nada sale de %1 hasta que lo guardes.</translation>
    </message>
    <message>
        <source>Check-ups (PCL-5, PHQ-9, GAD-7…): totals, bands and changes, with a small chart</source>
        <translation>Cuestionarios (PCL-5, PHQ-9, GAD-7…): totales, rangos y cambios, con un pequeño gráfico</translation>
    </message>
    <message>
        <source>The answer to each question of the latest check-up</source>
        <translation>La respuesta a cada pregunta del último cuestionario</translation>
    </message>
    <message>
        <source>My answers about thoughts of being better off dead or of hurting myself (only if you want to share them)</source>
        <translation>Mis respuestas sobre pensamientos de que sería mejor morir o de hacerme daño (solo si quieres compartirlas)</translation>
    </message>
    <message>
        <source>Choose where to save the summary as a PDF, which is not encrypted</source>
        <translation>Elegir dónde guardar el resumen como PDF, que no está cifrado</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>‹ Back to the choices</source>
        <translation>‹ Volver a las opciones</translation>
    </message>
    <message>
        <source>Back to what goes in the summary</source>
        <translation>Volver a lo que entra en el resumen</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Page %1 of the summary</source>
        <translation>Página %1 del resumen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Choose where to save the summary as a PDF, which is not encrypted</source>
        <translation>Elegir dónde guardar el resumen como PDF, que no está cifrado</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryProgress</name>
    <message>
        <source>Making the summary: %1 percent</source>
        <translation>Haciendo el resumen: %1 por ciento</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop making the summary</source>
        <translation>Dejar de hacer el resumen</translation>
    </message>
</context>
<context>
    <name>SummaryRecordPicker</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>No record goes in unless you tick it. Their files stay in %1.</source>
        <translation>No entra ningún registro a menos que lo marques. Sus archivos se quedan en %1.</translation>
    </message>
    <message>
        <source>1 record ticked. Its files stay in %1.</source>
        <translation>1 registro marcado. Sus archivos se quedan en %1.</translation>
    </message>
    <message>
        <source>Record of %1. Include it in the summary</source>
        <translation>Registro del %1. Incluirlo en el resumen</translation>
    </message>
    <message>
        <source>Sensitive, words hidden</source>
        <translation>Sensible, palabras ocultas</translation>
    </message>
    <message numerus="yes">
        <source>%n records ticked. Their files stay in %1.</source>
        <translation>
            <numerusform>%n registro marcado. Sus archivos se quedan en %1.</numerusform>
            <numerusform>%n registros marcados. Sus archivos se quedan en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Thank you for noting that. Thoughts like these are heavy to carry, and you don&apos;t have to carry them alone. If talking to someone might help, support is here, day and night.</source>
        <translation>Gracias por anotarlo. Estos pensamientos pesan mucho, y no tienes que cargarlos a solas. Si hablar con alguien puede ayudarte, hay apoyo aquí, de día y de noche.</translation>
    </message>
    <message>
        <source>See support lines</source>
        <translation>Ver las líneas de apoyo</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Add tags, separated by commas</source>
        <translation>Añade etiquetas, separadas por comas</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Your tags</source>
        <translation>Tus etiquetas</translation>
    </message>
    <message>
        <source>No tags yet. Tags you add to entries show up here.</source>
        <translation>Aún no hay etiquetas. Las que añadas a las entradas aparecen aquí.</translation>
    </message>
    <message>
        <source>Renaming a tag to the name of another joins the two.</source>
        <translation>Si le das a una etiqueta el nombre de otra, las dos se unen.</translation>
    </message>
    <message>
        <source>New name for the tag %1</source>
        <translation>Nombre nuevo para la etiqueta %1</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Guardar el nombre</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Save the new name</source>
        <translation>Guardar el nombre nuevo</translation>
    </message>
    <message>
        <source>Rename the tag %1</source>
        <translation>Cambiar el nombre de la etiqueta %1</translation>
    </message>
    <message>
        <source>Join into…</source>
        <translation>Unir con…</translation>
    </message>
    <message>
        <source>Join the tag %1 into another tag</source>
        <translation>Unir la etiqueta %1 con otra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the tag %1 from every entry; the entries stay</source>
        <translation>Quitar la etiqueta %1 de todas las entradas; las entradas se quedan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TaskProgressBar</name>
    <message>
        <source>Stopping, and leaving everything as it was…</source>
        <translation>Deteniendo, y dejando todo como estaba…</translation>
    </message>
    <message>
        <source>%1… %2 %</source>
        <translation>%1… %2 %</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>%1: %2 percent</source>
        <translation>%1: %2 por ciento</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop. Nothing half-done is kept.</source>
        <translation>Detener. No se guarda nada a medias.</translation>
    </message>
</context>
<context>
    <name>Tideline</name>
    <message>
        <source>%1 is locked. Unlock it to see and change this.</source>
        <translation>%1 está bloqueado. Desbloquéalo para ver y cambiar esto.</translation>
    </message>
    <message>
        <source>%1 is locked. Open it again first.</source>
        <translation>%1 está bloqueado. Primero vuelve a abrirlo.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How are you today?</source>
        <translation>¿Cómo estás hoy?</translation>
    </message>
    <message>
        <source>How were you that day?</source>
        <translation>¿Cómo estabas ese día?</translation>
    </message>
    <message>
        <source>Everything is optional and saved as you go. Tab moves on; a number or the arrow keys set a value; Delete clears it.</source>
        <translation>Todo es opcional y se guarda sobre la marcha. Tab pasa al siguiente; un número o las flechas ponen un valor; Supr lo borra.</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>El día anterior</translation>
    </message>
    <message>
        <source>Nothing recorded yet, and that&apos;s okay.</source>
        <translation>Aún no hay nada registrado, y está bien.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved.</source>
        <translation>
            <numerusform>%n guardado.</numerusform>
            <numerusform>%n guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Healing routines</source>
        <translation>Rutinas de cuidado</translation>
    </message>
    <message>
        <source>A prompt, if you&apos;d like one</source>
        <translation>Una sugerencia, si te apetece</translation>
    </message>
    <message>
        <source>Check-ups: the PCL-5, PHQ-9, GAD-7 and your therapist&apos;s own</source>
        <translation>Cuestionarios: el PCL-5, el PHQ-9, el GAD-7 y los de tu terapeuta</translation>
    </message>
    <message>
        <source>Open check-ups: short questionnaires you can take when you choose</source>
        <translation>Abrir los cuestionarios: cuestionarios breves que puedes responder cuando quieras</translation>
    </message>
</context>
<context>
    <name>TodaySettings</name>
    <message>
        <source>Thoughts of self-harm</source>
        <translation>Pensamientos de hacerte daño</translation>
    </message>
    <message>
        <source>Some people find it helps to keep track of thoughts of hurting themselves, and some would rather not see the question at all. It stays off unless you turn it on. When it is on and you note anything above zero, Today shows where to find support, quietly, in the page.</source>
        <translation>A algunas personas les ayuda llevar la cuenta de los pensamientos de hacerse daño, y otras prefieren no ver la pregunta. Está desactivado a menos que lo actives. Cuando está activado y anotas algo por encima de cero, Hoy muestra dónde encontrar apoyo, con discreción, en la propia página.</translation>
    </message>
    <message>
        <source>Ask about thoughts of self-harm in the check-in</source>
        <translation>Preguntar por pensamientos de hacerte daño en la anotación diaria</translation>
    </message>
    <message>
        <source>What the check-in asks</source>
        <translation>Qué pregunta la anotación diaria</translation>
    </message>
    <message>
        <source>Untick what you&apos;d rather not see; its history stays. The arrows change the order.</source>
        <translation>Desmarca lo que prefieras no ver; su historial se queda. Las flechas cambian el orden.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source> · put away</source>
        <translation> · guardada aparte</translation>
    </message>
    <message>
        <source>Add your own measure</source>
        <translation>Añadir una medida tuya</translation>
    </message>
    <message>
        <source>For example: pain, appetite</source>
        <translation>Ej.: dolor, apetito</translation>
    </message>
    <message>
        <source>Name of the new measure</source>
        <translation>Nombre de la medida nueva</translation>
    </message>
    <message>
        <source>Kind of measure</source>
        <translation>Tipo de medida</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Valor más bajo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Valor más alto</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Añadir la medida</translation>
    </message>
    <message>
        <source>Healing routines</source>
        <translation>Rutinas de cuidado</translation>
    </message>
    <message>
        <source>put away</source>
        <translation>guardada aparte</translation>
    </message>
    <message>
        <source>Your own routine item, e.g. stretch for five minutes</source>
        <translation>Una rutina tuya, p. ej., estirarte cinco minutos</translation>
    </message>
    <message>
        <source>Name of the new routine item</source>
        <translation>Nombre de la rutina nueva</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add routine item</source>
        <translation>Añadir la rutina</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Today offers one prompt a day from the kinds you keep on.</source>
        <translation>Hoy ofrece una sugerencia al día de los tipos que tengas activados.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a kind of prompt, then what its prompts are about</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TodaySettingsEntry</name>
    <message>
        <source>Choose what the check-in asks, add your own measures and routine items, and pick the kinds of prompts you&apos;d like.</source>
        <translation>Elige qué pregunta la anotación diaria, añade tus propias medidas y rutinas, y escoge los tipos de sugerencias que quieras.</translation>
    </message>
    <message>
        <source>Choose what Today shows</source>
        <translation>Elegir qué muestra Hoy</translation>
    </message>
    <message>
        <source>What Today shows</source>
        <translation>Qué muestra Hoy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The week around %1: %2 on average</source>
        <translation>La semana del %1: %2 de promedio</translation>
    </message>
    <message>
        <source>%1: %2 on average</source>
        <translation>%1: %2 de promedio</translation>
    </message>
    <message>
        <source>since the first check-in</source>
        <translation>desde la primera anotación</translation>
    </message>
    <message>
        <source>over the last 7 days</source>
        <translation>en los últimos 7 días</translation>
    </message>
    <message>
        <source>over the last year</source>
        <translation>en el último año</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <source>times a day, on average</source>
        <translation>veces al día, de promedio</translation>
    </message>
    <message>
        <source>share of days with yes</source>
        <translation>proporción de días con sí</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>0 a %1</translation>
    </message>
    <message>
        <source>weekly average</source>
        <translation>promedio semanal</translation>
    </message>
    <message>
        <source>monthly average</source>
        <translation>promedio mensual</translation>
    </message>
    <message>
        <source>each day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>promedio de 4 semanas</translation>
    </message>
    <message>
        <source>3-month average</source>
        <translation>promedio de 3 meses</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>promedio de 7 días</translation>
    </message>
    <message>
        <source>%1 %2: nothing recorded yet. Days without a check-in stay empty, never zero.</source>
        <translation>%1 %2: aún no hay nada registrado. Los días sin anotar quedan en blanco, nunca en cero.</translation>
    </message>
    <message>
        <source>The 7-day average went from %1 to %2.</source>
        <translation>El promedio de 7 días pasó de %1 a %2.</translation>
    </message>
    <message>
        <source>The 4-week average went from %1 to %2.</source>
        <translation>El promedio de 4 semanas pasó de %1 a %2.</translation>
    </message>
    <message>
        <source>The 3-month average went from %1 to %2.</source>
        <translation>El promedio de 3 meses pasó de %1 a %2.</translation>
    </message>
    <message>
        <source>Each point is a week&apos;s average.</source>
        <translation>Cada punto es el promedio de una semana.</translation>
    </message>
    <message>
        <source>Each point is a month&apos;s average.</source>
        <translation>Cada punto es el promedio de un mes.</translation>
    </message>
    <message numerus="yes">
        <source>over the last %n days</source>
        <translation>
            <numerusform>en el último día</numerusform>
            <numerusform>en los últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: recorded on %3 of %n days. Average %4, lowest %5, highest %6.</source>
        <translation>
            <numerusform>%1 %2: registrado en %3 de %n día. Promedio %4, mínimo %5, máximo %6.</numerusform>
            <numerusform>%1 %2: registrado en %3 de %n días. Promedio %4, mínimo %5, máximo %6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Compare two periods</source>
        <translation>Comparar dos periodos</translation>
    </message>
    <message>
        <source>Measure to show</source>
        <translation>Medida que mostrar</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>El año de un vistazo</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Days each was done in this range; the bars are the latest weeks.</source>
        <translation>Días en que se hizo cada una en este intervalo; las barras son las últimas semanas.</translation>
    </message>
    <message>
        <source>What moves together</source>
        <translation>Qué cambia a la vez</translation>
    </message>
    <message>
        <source>Click or tap the chart to read a value.</source>
        <translation>Haz clic o toca el gráfico para leer un valor.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Lo que parece ayudar</translation>
    </message>
</context>
<context>
    <name>UnderstandingPage</name>
    <message>
        <source>Understanding what happened</source>
        <translation>Entender lo que pasó</translation>
    </message>
    <message>
        <source>Back to the safety plan</source>
        <translation>Volver al plan de seguridad</translation>
    </message>
    <message>
        <source>Sexual violence by a partner</source>
        <translation>La violencia sexual de una pareja</translation>
    </message>
    <message>
        <source>This page describes forms of sexual violence and how they can affect people. Read as much or as little as you like, and go back whenever you want.</source>
        <translation>Esta página describe formas de violencia sexual y cómo pueden afectar a las personas. Lee tanto o tan poco como quieras, y vuelve atrás cuando quieras.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Intimate-partner sexual violence is any sexual act, or attempt at one, that a partner, spouse or ex-partner makes happen without your free agreement. It happens in all kinds of relationships, including marriages, and with or without other violence.</source>
        <translation>La violencia sexual en la pareja es cualquier acto sexual, o intento de uno, que una pareja, cónyuge o expareja hace que ocurra sin tu libre acuerdo. Pasa en todo tipo de relaciones, también en el matrimonio, y con o sin otra violencia.</translation>
    </message>
    <message>
        <source>Some of the forms it takes</source>
        <translation>Algunas de las formas que toma</translation>
    </message>
    <message>
        <source>Sex or sexual acts you did not agree to, with or without force or threats.</source>
        <translation>Sexo o actos sexuales que no aceptaste, con o sin fuerza o amenazas.</translation>
    </message>
    <message>
        <source>Being pressured, guilt-tripped, worn down or threatened until you gave in. This is called sexual coercion.</source>
        <translation>Que te presionen, te hagan sentir culpable, te desgasten o te amenacen hasta que cediste. Esto se llama coerción sexual.</translation>
    </message>
    <message>
        <source>Sex when you could not say yes: while asleep, drunk, drugged, ill or afraid.</source>
        <translation>Sexo cuando no podías decir que sí: dormida o dormido, bajo los efectos del alcohol o de drogas, enferma o enfermo, o con miedo.</translation>
    </message>
    <message>
        <source>Unwanted touching, or being made to watch or do sexual things.</source>
        <translation>Tocamientos no deseados, o que te obliguen a mirar o hacer cosas sexuales.</translation>
    </message>
    <message>
        <source>Control over contraception or pregnancy, such as refusing condoms or hiding or damaging birth control.</source>
        <translation>Control sobre los anticonceptivos o el embarazo, como negarse a usar condón o esconder o dañar tus anticonceptivos.</translation>
    </message>
    <message>
        <source>Sexual insults, humiliation, or sex used as a punishment or a reward.</source>
        <translation>Insultos sexuales, humillaciones, o el sexo usado como castigo o como premio.</translation>
    </message>
    <message>
        <source>Taking or sharing intimate pictures or videos without your agreement, or threatening to.</source>
        <translation>Tomar o compartir fotos o videos íntimos sin tu acuerdo, o amenazar con hacerlo.</translation>
    </message>
    <message>
        <source>How it can affect you</source>
        <translation>Cómo puede afectarte</translation>
    </message>
    <message>
        <source>People notice different things, some of these or none of them:</source>
        <translation>Cada persona nota cosas distintas, algunas de estas o ninguna:</translation>
    </message>
    <message>
        <source>Flashbacks, nightmares, or memories that push in.</source>
        <translation>Flashbacks, pesadillas o recuerdos que se imponen.</translation>
    </message>
    <message>
        <source>Feeling anxious, on edge or easily startled.</source>
        <translation>Sentir ansiedad, estar en alerta o sobresaltarte con facilidad.</translation>
    </message>
    <message>
        <source>Low mood, numbness, or feeling far away from yourself.</source>
        <translation>Ánimo bajo, entumecimiento, o sentirte lejos de ti.</translation>
    </message>
    <message>
        <source>Trouble sleeping, eating or concentrating.</source>
        <translation>Dificultad para dormir, comer o concentrarte.</translation>
    </message>
    <message>
        <source>Shame, guilt, or blaming yourself.</source>
        <translation>Vergüenza, culpa, o culparte a ti.</translation>
    </message>
    <message>
        <source>Finding it hard to trust someone or to be close.</source>
        <translation>Que te cueste confiar en alguien o tener cercanía.</translation>
    </message>
    <message>
        <source>Pain or injuries, or worries about sexual health or pregnancy.</source>
        <translation>Dolor o lesiones, o preocupaciones por tu salud sexual o un embarazo.</translation>
    </message>
    <message>
        <source>These are common reactions to something that should not have happened. With time and support they can ease.</source>
        <translation>Son reacciones comunes ante algo que no debió pasar. Con tiempo y apoyo pueden aliviarse.</translation>
    </message>
    <message>
        <source>You are not to blame</source>
        <translation>No es tu culpa</translation>
    </message>
    <message>
        <source>What someone else chose to do is their responsibility, not yours.</source>
        <translation>Lo que otra persona eligió hacer es su responsabilidad, no la tuya.</translation>
    </message>
    <message>
        <source>Being in a relationship, or married, never means agreeing in advance. Agreeing once never means agreeing again.</source>
        <translation>Estar en una relación, o en un matrimonio, nunca significa aceptar de antemano. Haber aceptado una vez nunca significa aceptar de nuevo.</translation>
    </message>
    <message>
        <source>A yes that came from pressure, fear or threats is not a free yes. Consent can be taken back at any moment.</source>
        <translation>Un sí que vino de la presión, el miedo o las amenazas no es un sí libre. El consentimiento se puede retirar en cualquier momento.</translation>
    </message>
    <message>
        <source>Freezing, going along with it to stay safe, or not fighting back are ways a body protects itself. They do not mean you wanted it.</source>
        <translation>Paralizarte, seguir la corriente para estar a salvo o no defenderte son formas en que el cuerpo se protege. No significan que lo quisieras.</translation>
    </message>
    <message>
        <source>It still counts if you stayed, went back, still care about the person, or never told anyone.</source>
        <translation>Cuenta igual si te quedaste, si volviste, si todavía te importa esa persona o si nunca se lo contaste a nadie.</translation>
    </message>
    <message>
        <source>If you would like support</source>
        <translation>Si quieres apoyo</translation>
    </message>
    <message>
        <source>“Need support now?” at the top of every screen lists people to call, and the Safety page says where legal help and crisis centres are. Going at your own pace is fine.</source>
        <translation>«¿Necesitas apoyo ahora?», arriba en cada pantalla, muestra a quién llamar, y la página Seguridad dice dónde hay ayuda legal y centros de crisis. Está bien ir a tu propio ritmo.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>UnlockNotice</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <source>%1 and earlier</source>
        <translation>%1 y antes</translation>
    </message>
    <message>
        <source>1 try didn&apos;t match since you last opened it: %1.</source>
        <translation>Desde la última vez que lo abriste, 1 intento no coincidió: %1.</translation>
    </message>
    <message>
        <source>%1 tries didn&apos;t match since you last opened it: %2.</source>
        <translation>Desde la última vez que lo abriste, %1 intentos no coincidieron: %2.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault&apos;s data file (tideline.db) is empty: it has been cut short or wiped. Your PIN was right. If you have a backup, you can restore it.</source>
        <translation>El archivo de datos de esta bóveda (tideline.db) está vacío: se cortó o se borró. Tu PIN era correcto. Si tienes una copia de seguridad, puedes restaurarla.</translation>
    </message>
    <message>
        <source>The disk is full, so the vault&apos;s key file could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar el archivo de claves de la bóveda. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the count of unlock tries could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar la cuenta de intentos de desbloqueo. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the export could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar la exportación. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar la copia de seguridad. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the restored vault could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar la bóveda restaurada. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the safety plan could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar el plan de seguridad. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the menu entry for neutral mode could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar la entrada del menú para el modo neutro. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the summary could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar el resumen. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the vault&apos;s key file in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir el archivo de claves de la bóveda en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the count of unlock tries in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir la cuenta de intentos de desbloqueo en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the export in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir la exportación en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the backup in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir la copia de seguridad en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the restored vault in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir la bóveda restaurada en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the safety plan in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir el plan de seguridad en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the menu entry for neutral mode in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir la entrada del menú para el modo neutro en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the summary in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir el resumen en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 could not save the vault&apos;s key file (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar el archivo de claves de la bóveda (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not save the count of unlock tries (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar la cuenta de intentos de desbloqueo (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not save the export (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar la exportación (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not save the backup (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar la copia de seguridad (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not save the restored vault (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar la bóveda restaurada (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not save the safety plan (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar el plan de seguridad (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not save the menu entry for neutral mode (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar la entrada del menú para el modo neutro (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not save the summary (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar el resumen (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file (keyslots) is damaged or was changed, so the vault cannot be opened with it. Your PIN was not the problem. If you have a backup copy of the folder, restore the keyslots file from it.</source>
        <translation>El archivo de claves de esta bóveda (keyslots) está dañado o fue modificado, así que no se puede abrir la bóveda con él. El problema no fue tu PIN. Si tienes una copia de seguridad de la carpeta, restaura desde ella el archivo keyslots.</translation>
    </message>
    <message>
        <source>This vault was made by a newer %1. Please update %1 to open it; nothing has been changed.</source>
        <translation>Esta bóveda la hizo una versión más nueva de %1. Actualiza %1 para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <source>There is no %1 vault in this folder yet.</source>
        <translation>Todavía no hay una bóveda de %1 en esta carpeta.</translation>
    </message>
    <message>
        <source>%1 is not allowed to read this vault&apos;s key file. Check the folder&apos;s permissions.</source>
        <translation>%1 no tiene permiso para leer el archivo de claves de esta bóveda. Revisa los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>Un PIN lleva solo dígitos.</translation>
    </message>
    <message>
        <source>A PIN needs at least 6 digits.</source>
        <translation>Un PIN necesita al menos 6 dígitos.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Una frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>There have been several tries that didn&apos;t match, so %1 is pausing. You can try again in %2.</source>
        <translation>Hubo varios intentos que no coincidieron, así que %1 hace una pausa. Puedes volver a intentarlo en %2.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>La bóveda está bloqueada. Desbloquéala primero.</translation>
    </message>
    <message>
        <source>%1 could not make its data folder at %2. Check that the place exists and can be written to.</source>
        <translation>%1 no pudo crear su carpeta de datos en %2. Comprueba que ese lugar exista y que se pueda escribir en él.</translation>
    </message>
    <message>
        <source>%1 could not write to its data folder at %2. Check that it can be written to.</source>
        <translation>%1 no pudo escribir en su carpeta de datos en %2. Comprueba que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>There is already a %1 vault in this folder; it was left as it is. A backup is restored into an empty folder.</source>
        <translation>Ya hay una bóveda de %1 en esta carpeta; se dejó como estaba. Una copia de seguridad se restaura en una carpeta vacía.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. A backup is restored into an empty folder, so that nothing already there is changed or mixed in; nothing was changed.</source>
        <translation>La carpeta %1 no está vacía. Una copia de seguridad se restaura en una carpeta vacía, para que nada de lo que ya hay ahí cambie ni se mezcle; no se cambió nada.</translation>
    </message>
    <message>
        <source>There is already a %1 vault in this folder; it was left as it is.</source>
        <translation>Ya hay una bóveda de %1 en esta carpeta; se dejó como estaba.</translation>
    </message>
    <message>
        <source>Those key-stretching settings are too weak.</source>
        <translation>Esos ajustes de refuerzo de la clave son demasiado débiles.</translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open the vault. You can try again in %1.</source>
        <translation>Ese código de recuperación no abrió la bóveda. Puedes volver a intentarlo en %1.</translation>
    </message>
    <message>
        <source>That didn&apos;t open the vault. You can try again in %1.</source>
        <translation>Eso no abrió la bóveda. Puedes volver a intentarlo en %1.</translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open the vault. One more try before a short pause.</source>
        <translation>Ese código de recuperación no abrió la bóveda. Queda un intento más antes de una pausa breve.</translation>
    </message>
    <message>
        <source>That didn&apos;t open the vault. One more try before a short pause.</source>
        <translation>Eso no abrió la bóveda. Queda un intento más antes de una pausa breve.</translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open the vault. Two more tries before a short pause.</source>
        <translation>Ese código de recuperación no abrió la bóveda. Quedan dos intentos más antes de una pausa breve.</translation>
    </message>
    <message>
        <source>That didn&apos;t open the vault. Two more tries before a short pause.</source>
        <translation>Eso no abrió la bóveda. Quedan dos intentos más antes de una pausa breve.</translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open the vault.</source>
        <translation>Ese código de recuperación no abrió la bóveda.</translation>
    </message>
    <message>
        <source>That didn&apos;t open the vault.</source>
        <translation>Eso no abrió la bóveda.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file has no recovery code slot, so a recovery code cannot open it.</source>
        <translation>El archivo de claves de esta bóveda no tiene un espacio para el código de recuperación, así que un código de recuperación no puede abrirla.</translation>
    </message>
    <message>
        <source>The current PIN or passphrase didn&apos;t match, so nothing was changed.</source>
        <translation>El PIN o la frase de contraseña actual no coincidió, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>This vault&apos;s data file (tideline.db) is missing. Your PIN was right. If you have a backup, you can restore it.</source>
        <translation>Falta el archivo de datos de esta bóveda (tideline.db). Tu PIN era correcto. Si tienes una copia de seguridad, puedes restaurarla.</translation>
    </message>
    <message>
        <source>Setting up this vault had been interrupted just before its end; it was finished (%1).</source>
        <translation>La preparación de esta bóveda se había interrumpido justo antes de terminar; ya se terminó (%1).</translation>
    </message>
    <message>
        <source>A vault whose setting up had been interrupted before its key file was written was removed (%1); it held nothing yet.</source>
        <translation>Se quitó una bóveda cuya preparación se había interrumpido antes de escribir su archivo de claves (%1); todavía no guardaba nada.</translation>
    </message>
    <message>
        <source>Renewing the keys had been interrupted after the new database was in place; it was finished. The new recovery code was never shown, so please renew the keys again to get one (%1).</source>
        <translation>La renovación de las claves se había interrumpido cuando la nueva base de datos ya estaba en su lugar; ya se terminó. El nuevo código de recuperación nunca se mostró, así que renueva las claves otra vez para obtener uno (%1).</translation>
    </message>
    <message>
        <source>Renewing the keys had been interrupted before it was done; it was undone, and the keys from before still open the vault (%1).</source>
        <translation>La renovación de las claves se había interrumpido antes de terminar; se deshizo, y las claves de antes siguen abriendo la bóveda (%1).</translation>
    </message>
    <message>
        <source>A backup had been stopped midway; its temporary copy (encrypted) was removed (%1).</source>
        <translation>Una copia de seguridad se había detenido a medias; se quitó su copia temporal (cifrada) (%1).</translation>
    </message>
    <message>
        <source>A restore had been stopped midway; its temporary copy (encrypted) was removed (%1).</source>
        <translation>Una restauración se había detenido a medias; se quitó su copia temporal (cifrada) (%1).</translation>
    </message>
    <message>
        <source>Both copies of this vault&apos;s key file (keyslots and keyslots.copy) are damaged or were changed, so the vault cannot be opened with them. Your PIN was not the problem. If you have a backup copy of the folder, put its keyslots file back.</source>
        <translation>Las dos copias del archivo de claves de esta bóveda (keyslots y keyslots.copy) están dañadas o fueron cambiadas, así que la bóveda no se puede abrir con ellas. Tu PIN no era el problema. Si tienes una copia de seguridad de la carpeta, vuelve a poner su archivo keyslots.</translation>
    </message>
    <message>
        <source>The disk that holds %1&apos;s data folder (%2) is full, so %1 could not open it. Free some space on that disk, then try again; nothing was lost.</source>
        <translation>El disco donde está la carpeta de datos de %1 (%2) está lleno, así que %1 no pudo abrirla. Libera algo de espacio en ese disco y vuelve a intentarlo; no se perdió nada.</translation>
    </message>
    <message>
        <source>Another tideline-cli command (process %1) is still using this vault. Try again when it has finished.</source>
        <translation>Otro comando de tideline-cli (proceso %1) todavía está usando esta bóveda. Vuelve a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Another tideline-cli command (process %1) is using this vault right now. Try again when it has finished.</source>
        <translation>Otro comando de tideline-cli (proceso %1) está usando esta bóveda en este momento. Vuelve a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>%1 is already open with this vault in a window. Lock and close that window first.</source>
        <translation>%1 ya está abierto con esta bóveda en una ventana. Primero bloquea y cierra esa ventana.</translation>
    </message>
    <message>
        <source>That try was not made, because %1 could not count it: tries that cannot be counted are paused. %2</source>
        <translation>Ese intento no se hizo, porque %1 no pudo contarlo: los intentos que no se pueden contar quedan en pausa. %2</translation>
    </message>
    <message>
        <source>The disk is too full to renew the keys: it needs room for a second copy of the vault for a moment. Nothing was changed; your PIN and recovery code work as before.</source>
        <translation>El disco está demasiado lleno para renovar las claves: por un momento necesita espacio para una segunda copia de la bóveda. No se cambió nada; tu PIN y tu código de recuperación funcionan como antes.</translation>
    </message>
    <message>
        <source>%1 could not set the vault&apos;s log aside, so the keys were not renewed.</source>
        <translation>%1 no pudo apartar el registro de la bóveda, así que las claves no se renovaron.</translation>
    </message>
    <message>
        <source>That didn&apos;t match your current PIN or passphrase, so the keys were not renewed.</source>
        <translation>Eso no coincide con tu PIN o frase de contraseña actual, así que las claves no se renovaron.</translation>
    </message>
    <message>
        <source>That didn&apos;t match your PIN or passphrase, so nothing left the vault.</source>
        <translation>Eso no coincide con tu PIN o frase de contraseña, así que nada salió de la bóveda.</translation>
    </message>
    <message>
        <source>The disk is full, so the new vault could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar la nueva bóveda. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the vault&apos;s renewed copy could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar la copia renovada de la bóveda. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so your settings could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar tu configuración. No se perdió nada: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the new vault in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir la nueva bóveda en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the vault&apos;s renewed copy in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir la copia renovada de la bóveda en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write your settings in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir tu configuración en esta carpeta. Revisa los permisos de la carpeta, o elige otra.</translation>
    </message>
    <message>
        <source>%1 could not save the new vault (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar la nueva bóveda (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not save the vault&apos;s renewed copy (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar la copia renovada de la bóveda (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not save your settings (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar tu configuración (%2). No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the copy of the file could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar la copia del archivo. No se perdió nada: libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so the folder of files could not be saved. Nothing was lost: free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar la carpeta de archivos. No se perdió nada: libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the copy of the file in this folder. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir la copia del archivo en esta carpeta. Revisa los permisos de la carpeta o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not allowed to write the folder of files here. Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>%1 no tiene permiso para escribir aquí la carpeta de archivos. Revisa los permisos de la carpeta o elige otra.</translation>
    </message>
    <message>
        <source>%1 could not save the copy of the file (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar la copia del archivo (%2). No se perdió nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 could not save the folder of files (%2). Nothing was lost; please try again.</source>
        <translation>%1 no pudo guardar la carpeta de archivos (%2). No se perdió nada; inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Type your PIN or passphrase again first: nothing leaves %1 without it.</source>
        <translation>Primero vuelve a escribir tu PIN o tu frase de contraseña: nada sale de %1 sin ese paso.</translation>
    </message>
</context>
<context>
    <name>VaultBackup</name>
    <message>
        <source>%1 is locked. Open it again to make a backup.</source>
        <translation>%1 está bloqueado. Vuelve a abrirlo para hacer una copia.</translation>
    </message>
    <message>
        <source>Making the backup passphrase&apos;s key</source>
        <translation>Preparando la clave de la frase de la copia de seguridad</translation>
    </message>
    <message>
        <source>%1 locked before the backup was finished, so no file was made. Open it again to make a backup.</source>
        <translation>%1 se bloqueó antes de terminar la copia de seguridad, así que no se creó ningún archivo. Ábrelo de nuevo para hacer una copia.</translation>
    </message>
</context>
<context>
    <name>VaultExporter</name>
    <message>
        <source>%1 is locked. Open it again to export.</source>
        <translation>%1 está bloqueado. Vuelve a abrirlo para exportar.</translation>
    </message>
    <message>
        <source>Writing your check-ins</source>
        <translation>Escribiendo tus anotaciones diarias</translation>
    </message>
    <message>
        <source>%1 locked before the export was finished, so no file was made. Open it again to export.</source>
        <translation>%1 se bloqueó antes de terminar la exportación, así que no se creó ningún archivo. Ábrelo de nuevo para exportar.</translation>
    </message>
</context>
<context>
    <name>VaultImporter</name>
    <message>
        <source>That file is no longer there. Please choose it again.</source>
        <translation>Ese archivo ya no está ahí. Elígelo otra vez, por favor.</translation>
    </message>
    <message>
        <source>That file could not be read (%1). Nothing was imported.</source>
        <translation>No se pudo leer ese archivo (%1). No se importó nada.</translation>
    </message>
    <message>
        <source>This Daylio export has no entries yet, so there is nothing to bring in.</source>
        <translation>Esta exportación de Daylio aún no tiene entradas, así que no hay nada que traer.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>None of them has a title or a note.</source>
        <translation>Ninguna tiene título ni nota.</translation>
    </message>
    <message>
        <source>1 has a title or a note and becomes a journal entry.</source>
        <translation>1 tiene título o nota y se convierte en una entrada del diario.</translation>
    </message>
    <message>
        <source>%1 (%2), in %3. Each day&apos;s mood comes in. %4</source>
        <translation>%1 (%2), en %3. Entra el estado de ánimo de cada día. %4</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Daylio entry(s)</source>
        <translation>
            <numerusform>%n entrada de Daylio</numerusform>
            <numerusform>%n entradas de Daylio</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 y %3</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in day(s)</source>
        <translation>
            <numerusform>%n día con anotaciones</numerusform>
            <numerusform>%n días con anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n momento</numerusform>
            <numerusform>%n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a file first.</source>
        <translation>Primero elige un archivo, por favor.</translation>
    </message>
    <message>
        <source>Everything in this file was already here, so nothing new was added.</source>
        <translation>Todo lo de este archivo ya estaba aquí, así que no se añadió nada nuevo.</translation>
    </message>
    <message>
        <source>Brought in moods for %1 and %2 from Daylio. Moods you had already recorded here were kept as they were.</source>
        <translation>Se trajeron de Daylio los estados de ánimo de %1 y %2. Los estados de ánimo que ya habías registrado aquí se quedaron como estaban.</translation>
    </message>
    <message>
        <source>Brought in %1, %2, %3, %4 and %5. What was already here was kept as it was.</source>
        <translation>Se trajeron %1, %2, %3, %4 y %5. Lo que ya estaba aquí se quedó como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>%n routine day(s)</source>
        <translation>
            <numerusform>%n día de rutinas</numerusform>
            <numerusform>%n días de rutinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety plan item(s) or contact(s)</source>
        <translation>
            <numerusform>%n elemento o contacto del plan de seguridad</numerusform>
            <numerusform>%n elementos y contactos del plan de seguridad</numerusform>
        </translation>
    </message>
    <message>
        <source>That file is larger than %1 can bring in. Nothing was imported.</source>
        <translation>Ese archivo es más grande de lo que %1 puede traer. No se importó nada.</translation>
    </message>
    <message>
        <source>Left out, because %1 has no place for them: %2.</source>
        <translation>Quedan fuera, porque %1 no tiene dónde ponerlas: %2.</translation>
    </message>
    <message>
        <source>A %1 export with %2, and the safety plan, routines and settings it holds.</source>
        <translation>Una exportación de %1 con %2, y el plan de seguridad, las rutinas y los ajustes que contiene.</translation>
    </message>
    <message>
        <source>A %1 export with %2, on %3, and the safety plan, routines and settings it holds.</source>
        <translation>Una exportación de %1 con %2, del %3, y el plan de seguridad, las rutinas y los ajustes que contiene.</translation>
    </message>
    <message>
        <source>A %1 export with %2, from %3 to %4, and the safety plan, routines and settings it holds.</source>
        <translation>Una exportación de %1 con %2, del %3 al %4, y el plan de seguridad, las rutinas y los ajustes que contiene.</translation>
    </message>
    <message>
        <source>%1 is locked. Open it again to bring data in.</source>
        <translation>%1 está bloqueado. Vuelve a abrirlo para traer datos.</translation>
    </message>
    <message>
        <source>Also %1 and %2.</source>
        <translation>También %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was brought in, and your journal is as it was.</source>
        <translation>Detenido. No se trajo nada, y tu diario está como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>%n have a title or a note and become journal entries.</source>
        <translation>
            <numerusform>%n tiene título o nota y se convierte en una entrada del diario.</numerusform>
            <numerusform>%n tienen título o nota y se convierten en entradas del diario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>A private place to write, and to notice how you are doing, day by day. Here is what it keeps, and where.</source>
        <translation>Un lugar privado para escribir y para notar cómo estás, día a día. Esto es lo que guarda, y dónde.</translation>
    </message>
    <message>
        <source>Everything you write or record is encrypted and stays on this computer, in this folder: %1</source>
        <translation>Todo lo que escribes o registras está cifrado y se queda en esta computadora, en esta carpeta: %1</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere. There is no account and no cloud.</source>
        <translation>No se envía nada a ningún sitio. No hay cuenta ni nube.</translation>
    </message>
    <message>
        <source>You&apos;ll choose a PIN or passphrase to open it. You&apos;ll also get a recovery code: it is the only way back in if the PIN is ever forgotten.</source>
        <translation>Vas a elegir un PIN o una frase de contraseña para abrirlo. También recibirás un código de recuperación: es la única forma de volver a entrar si alguna vez olvidas el PIN.</translation>
    </message>
    <message>
        <source>Go at your own pace. Nothing here is timed.</source>
        <translation>Ve a tu ritmo. Aquí nada tiene límite de tiempo.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Te damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>Everything you write or record is encrypted and stays on this computer, in one folder (Settings shows where).</source>
        <translation>Todo lo que escribes o registras está cifrado y se queda en esta computadora, en una carpeta (Ajustes te dice cuál).</translation>
    </message>
    <message>
        <source>No one who makes %1 can read what you keep, or open it for you.</source>
        <translation>Nadie de quienes hacen %1 puede leer lo que guardas, ni abrirlo por ti.</translation>
    </message>
</context>
<context>
    <name>WhatHelps</name>
    <message>
        <source>%1%</source>
        <comment>a share of days, e.g. 60%</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours, e.g. 6.5 h</comment>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and %2: not enough days yet (%n with it, %3 without; %4 of each are needed).</source>
        <translation>
            <numerusform>«%1» y %2: todavía no hay suficientes días (%n con ello, %3 sin ello; se necesitan %4 de cada uno).</numerusform>
            <numerusform>«%1» y %2: todavía no hay suficientes días (%n con ello, %3 sin ello; se necesitan %4 de cada uno).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries tagged “%1” and %2: not enough days yet (%n with the tag, %3 without; %4 of each are needed).</source>
        <translation>
            <numerusform>Las entradas etiquetadas «%1» y %2: todavía no hay suficientes días (%n con la etiqueta, %3 sin ella; se necesitan %4 de cada uno).</numerusform>
            <numerusform>Las entradas etiquetadas «%1» y %2: todavía no hay suficientes días (%n con la etiqueta, %3 sin ella; se necesitan %4 de cada uno).</numerusform>
        </translation>
    </message>
    <message>
        <source>On days with “%1”, %2 averaged %3 (%4), against %5 on the other days (%6).</source>
        <comment>%4 and %6 are numbers of days, such as “8 days”</comment>
        <translation>Los días con «%1», %2 tuvo un promedio de %3 (%4), frente a %5 los demás días (%6).</translation>
    </message>
    <message>
        <source>On days with an entry tagged “%1”, %2 averaged %3 (%4), against %5 on the other days (%6).</source>
        <comment>%4 and %6 are numbers of days, such as “8 days”</comment>
        <translation>Los días con una entrada etiquetada «%1», %2 tuvo un promedio de %3 (%4), frente a %5 los demás días (%6).</translation>
    </message>
    <message numerus="yes">
        <source>These are averages of days, and they do not mean one causes the other: a walk may simply be easier on better days. Shown only with at least %n recorded days with it and %n without.</source>
        <translation>
            <numerusform>Son promedios de días, y no significan que una cosa cause la otra: quizás simplemente es más fácil salir a caminar en los días buenos. Se muestran solo con al menos %n día registrado con ello y %n sin ello.</numerusform>
            <numerusform>Son promedios de días, y no significan que una cosa cause la otra: quizás simplemente es más fácil salir a caminar en los días buenos. Se muestran solo con al menos %n días registrados con ello y %n sin ello.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatHelpsList</name>
    <message>
        <source>Nothing to compare yet: this appears once a routine has been ticked, or an entry tagged, on enough days with this measure recorded, and on enough days without.</source>
        <translation>Todavía no hay nada que comparar: esto aparece cuando una rutina se ha marcado, o una entrada se ha etiquetado, en suficientes días con esta medida registrada, y en suficientes días sin ella.</translation>
    </message>
</context>
<context>
    <name>tideline::app::AboutInfo</name>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior</translation>
    </message>
    <message>
        <source>Free software: you may use, study, share and change it under that licence.</source>
        <translation>Software libre: puedes usarlo, estudiarlo, compartirlo y cambiarlo según esa licencia.</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License, version 3</source>
        <translation>Licencia Pública General Reducida de GNU, versión 3</translation>
    </message>
    <message>
        <source>The Qt Company Ltd. and others. Qt Charts, which draws the charts, is under the GNU General Public License, version 3 or later.</source>
        <translation>The Qt Company Ltd. y otros. Qt Charts, que dibuja los gráficos, está bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>SQLCipher %1</source>
        <translation>SQLCipher %1</translation>
    </message>
    <message>
        <source>BSD-style licence</source>
        <translation>Licencia de estilo BSD</translation>
    </message>
    <message>
        <source>Zetetic LLC. It encrypts the vault; it is built on SQLite %1, which is in the public domain.</source>
        <translation>Zetetic LLC. Cifra la bóveda; está hecho sobre SQLite %1, que es de dominio público.</translation>
    </message>
    <message>
        <source>libsodium %1</source>
        <translation>libsodium %1</translation>
    </message>
    <message>
        <source>ISC licence</source>
        <translation>Licencia ISC</translation>
    </message>
    <message>
        <source>Frank Denis. Key stretching (Argon2id) and the sealing of the vault&apos;s key.</source>
        <translation>Frank Denis. El estiramiento de la clave (Argon2id) y el sellado de la clave de la bóveda.</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Licencia Apache 2.0</translation>
    </message>
    <message>
        <source>The OpenSSL Project. The cryptography SQLCipher uses.</source>
        <translation>El proyecto OpenSSL. La criptografía que usa SQLCipher.</translation>
    </message>
</context>
<context>
    <name>tideline::app::AdherenceModel</name>
    <message numerus="yes">
        <source>%1: done on %2 of %n days</source>
        <translation>
            <numerusform>%1: hecha en %2 de %n día</numerusform>
            <numerusform>%1: hecha en %2 de %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::AttachmentListModel</name>
    <message>
        <source>Save what you have written first; then files can be added to it.</source>
        <translation>Guarda primero lo que escribiste; después se le podrán añadir archivos.</translation>
    </message>
    <message>
        <source>Choose a file to add, or drop one here.</source>
        <translation>Elige un archivo para añadir, o suelta uno aquí.</translation>
    </message>
    <message>
        <source>“%1” is named like another kind of file; it is a %2 and is kept as one.</source>
        <translation>“%1” tiene nombre de otro tipo de archivo; es un %2 y se guarda como tal.</translation>
    </message>
    <message>
        <source>Added 1 file. It is kept encrypted inside %1.</source>
        <translation>Se añadió 1 archivo. Se guarda cifrado dentro de %1.</translation>
    </message>
    <message>
        <source>The file was removed from %1.</source>
        <translation>Se quitó el archivo de %1.</translation>
    </message>
    <message>
        <source>Saved a copy as %1, without its hidden details. It is not encrypted: anyone who can open that folder can see it.</source>
        <translation>Se guardó una copia como %1, sin sus detalles ocultos. No está cifrada: cualquiera que pueda abrir esa carpeta puede verla.</translation>
    </message>
    <message>
        <source>Saved a copy as %1. It is not encrypted: anyone who can open that folder can see it.</source>
        <translation>Se guardó una copia como %1. No está cifrada: cualquiera que pueda abrir esa carpeta puede verla.</translation>
    </message>
    <message>
        <source>The originals were deleted from where they were. On SSDs, in cloud-synced folders and in backups a copy may still exist.</source>
        <translation>Se borraron los originales de donde estaban. En discos SSD, en carpetas sincronizadas en la nube y en copias de seguridad puede quedar una copia.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n files. They are kept encrypted inside %1.</source>
        <translation>
            <numerusform>Se añadió %n archivo. Se guarda cifrado dentro de %1.</numerusform>
            <numerusform>Se añadieron %n archivos. Se guardan cifrados dentro de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::AttachmentViewer</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>tideline::app::CheckinModel</name>
    <message>
        <source>—, not recorded</source>
        <translation>—, sin anotar</translation>
    </message>
    <message>
        <source>%1 hasn&apos;t come yet, so Today shows today instead.</source>
        <translation>El %1 aún no ha llegado, así que Hoy muestra el día de hoy.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>tideline::app::CheckupListModel</name>
    <message>
        <source>Last time: %1 on %2 (%3)</source>
        <translation>La última vez: %1 el %2 (%3)</translation>
    </message>
    <message>
        <source>Last time: %1, with no total</source>
        <translation>La última vez: el %1, sin total</translation>
    </message>
    <message>
        <source>This file is too large to be a check-up form (over %1 KB). Nothing was added.</source>
        <translation>Este archivo es demasiado grande para ser un cuestionario (más de %1 KB). No se añadió nada.</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was added.</source>
        <translation>No se pudo leer el archivo (%1). No se añadió nada.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation>Condiciones: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Choose a form file first.</source>
        <translation>Primero elige un archivo de cuestionario.</translation>
    </message>
    <message>
        <source>Added “%1”. Choose below how often, if you want it suggested.</source>
        <translation>Se añadió «%1». Elige abajo cada cuánto, si quieres que se sugiera.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tideline::app::CheckupTaker</name>
    <message>
        <source>Your total: %1.</source>
        <translation>Tu total: %1.</translation>
    </message>
    <message>
        <source>This is your first %1 here, so there is nothing to compare with yet. %2</source>
        <translation>Este es tu primer %1 aquí, así que todavía no hay nada con qué comparar. %2</translation>
    </message>
    <message>
        <source>Last time (%1) had no total, so there is nothing to compare with.</source>
        <translation>La última vez (%1) no hubo total, así que no hay nada con qué comparar.</translation>
    </message>
</context>
<context>
    <name>tideline::app::CheckupTrendModel</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No %1 in this range has a total: some questions were skipped.</source>
        <translation>Ningún %1 de este periodo tiene total: se saltaron algunas preguntas.</translation>
    </message>
    <message>
        <source>No %1 taken in this range yet.</source>
        <translation>Aún no hay ningún %1 respondido en este periodo.</translation>
    </message>
    <message>
        <source>One %1 in this range: %2 on %3.</source>
        <translation>Un %1 en este periodo: %2 el %3.</translation>
    </message>
    <message>
        <source>%1 totals from %2 to %3: %4 at first, %5 most recently (out of %6). Each point is one check-up; the shaded bands are the %1&apos;s own ranges.</source>
        <translation>Totales del %1 del %2 al %3: %4 al principio, %5 la última vez (de %6). Cada punto es un cuestionario respondido; las franjas sombreadas son los rangos propios del %1.</translation>
    </message>
    <message>
        <source>%1 more had no total and are not shown.</source>
        <translation>%1 más no tenían total y no se muestran.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the summary of a check-up&apos;s totals, then the sentence about those left out</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tideline::app::HeldWordsNotice</name>
    <message>
        <source>What you were writing when %1 locked could not be saved: the disk is full. The words are kept in memory, not on the disk. Make some room on this computer, then unlock, and they will be saved. If %1 is closed first, they are lost.</source>
        <translation>Lo que escribías cuando %1 se bloqueó no se pudo guardar: el disco está lleno. Las palabras se conservan en la memoria, no en el disco. Libera espacio en este ordenador y desbloquea: entonces se guardarán. Si %1 se cierra antes, se pierden.</translation>
    </message>
    <message>
        <source>What you were writing when %1 locked is saved now, as a draft in your journal.</source>
        <translation>Lo que escribías cuando %1 se bloqueó ya está guardado, como borrador en tu diario.</translation>
    </message>
    <message>
        <source>What you were writing when %1 locked still could not be saved. %2 The words are kept in memory until %1 is closed: make some room, then try again.</source>
        <translation>Lo que escribías cuando %1 se bloqueó todavía no se pudo guardar. %2 Las palabras se conservan en la memoria hasta que se cierre %1: libera espacio e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>tideline::app::JournalActions</name>
    <message>
        <source>Nothing was written, so that entry was removed.</source>
        <translation>No se escribió nada, así que se quitó esa entrada.</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Entrada borrada.</translation>
    </message>
</context>
<context>
    <name>tideline::app::JournalEditor</name>
    <message>
        <source>Saving soon…</source>
        <translation>Guardando en un momento…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Written from a prompt</source>
        <translation>Escrita a partir de una sugerencia</translation>
    </message>
</context>
<context>
    <name>tideline::app::JournalSearchModel</name>
    <message>
        <source>Type a word to look for. Signs and emoji on their own are not searched.</source>
        <translation>Escribe una palabra para buscar. Los signos y los emoji solos no se buscan.</translation>
    </message>
    <message>
        <source>Nothing matches that yet. Fewer words, or a shorter start of a word, finds more.</source>
        <translation>Aún no hay nada que coincida. Con menos palabras, o con el principio más corto de una palabra, se encuentra más.</translation>
    </message>
</context>
<context>
    <name>tideline::app::MetricSettingsModel</name>
    <message>
        <source>a count</source>
        <translation>un número de veces</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <source>a scale</source>
        <translation>una escala</translation>
    </message>
</context>
<context>
    <name>tideline::app::MomentsModel</name>
    <message>
        <source>Write the time as hours and minutes, like 14:05, or leave it empty for now.</source>
        <translation>Escribe la hora en horas y minutos, como 14:05, o déjala vacía por ahora.</translation>
    </message>
</context>
<context>
    <name>tideline::app::PlacesModel</name>
    <message>
        <source>Last used</source>
        <translation>Última usada</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Carpeta personal</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
</context>
<context>
    <name>tideline::app::RecordEditor</name>
    <message>
        <source>That day has not come yet. Choose the day it happened, or today.</source>
        <translation>Ese día todavía no ha llegado. Elige el día en que pasó, o hoy.</translation>
    </message>
    <message>
        <source>Written on %1</source>
        <translation>Escrito el %1</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, like 21:30, or leave it empty.</source>
        <translation>Escribe la hora en horas y minutos, como 21:30, o déjala vacía.</translation>
    </message>
    <message>
        <source>What you typed could not be kept as a draft (%1). It is still here.</source>
        <translation>Lo que escribiste no se pudo guardar como borrador (%1). Sigue aquí.</translation>
    </message>
</context>
<context>
    <name>tideline::app::RecordHistoryModel</name>
    <message>
        <source>First written</source>
        <translation>Escrito por primera vez</translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation>cuándo pasó</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>where</source>
        <translation>dónde</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>qué pasó</translation>
    </message>
    <message>
        <source>injuries</source>
        <translation>lesiones</translation>
    </message>
    <message>
        <source>who was there</source>
        <translation>quién estaba ahí</translation>
    </message>
    <message>
        <source>who you told</source>
        <translation>a quién se lo contaste</translation>
    </message>
    <message>
        <source>seeing a doctor</source>
        <translation>ir al médico</translation>
    </message>
    <message>
        <source>reporting it</source>
        <translation>denunciarlo</translation>
    </message>
    <message>
        <source>covered in lists</source>
        <translation>tapado en las listas</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambió: %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>se añadió %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>se quitó %1</translation>
    </message>
    <message>
        <source>Saved again</source>
        <translation>Guardado de nuevo</translation>
    </message>
</context>
<context>
    <name>tideline::app::RecordsPdfMaker</name>
    <message>
        <source>records-%1</source>
        <translation>registros-%1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation>Entrada del diario %1</translation>
    </message>
    <message>
        <source>Made the folder %1 with 1 file exactly as it came in, and a list of its SHA-256 to check it. It is not encrypted.</source>
        <translation>Se creó la carpeta %1 con 1 archivo tal como llegó, y una lista de su SHA-256 para comprobarlo. No está cifrada.</translation>
    </message>
    <message>
        <source>Saved as %1. It is not encrypted: anyone who can open the file can read it. Delete it when you no longer need it.</source>
        <translation>Guardado como %1. No está cifrado: cualquiera que pueda abrir el archivo puede leerlo. Bórralo cuando ya no lo necesites.</translation>
    </message>
    <message numerus="yes">
        <source>Made the folder %1 with %n files exactly as they came in, and a list of their SHA-256 to check them. It is not encrypted.</source>
        <translation>
            <numerusform>Se creó la carpeta %1 con %n archivo tal como llegó, y una lista de su SHA-256 para comprobarlo. No está cifrada.</numerusform>
            <numerusform>Se creó la carpeta %1 con %n archivos tal como llegaron, y una lista de sus SHA-256 para comprobarlos. No está cifrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the files</source>
        <translation>Copiando los archivos</translation>
    </message>
</context>
<context>
    <name>tideline::app::RecoveryCodeGroupView</name>
    <message>
        <source>Recovery code, group %1 of %2</source>
        <translation>Código de recuperación, grupo %1 de %2</translation>
    </message>
    <message>
        <source>Recovery code, group %1 of %2:</source>
        <translation>Código de recuperación, grupo %1 de %2:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
</context>
<context>
    <name>tideline::app::ReviewModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Choose this month, last month or the last 30 days.</source>
        <translation>Elige este mes, el mes pasado o los últimos 30 días.</translation>
    </message>
    <message>
        <source>Each period needs its first day on or before its last day.</source>
        <translation>En cada periodo, el primer día tiene que ser anterior o igual al último.</translation>
    </message>
    <message>
        <source>There is nothing to save yet. Writing a reflection is optional.</source>
        <translation>Aún no hay nada que guardar. Escribir una reflexión es opcional.</translation>
    </message>
    <message>
        <source>Saved in your journal, tagged “review”.</source>
        <translation>Guardada en tu diario con la etiqueta «repaso».</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparado con %2</translation>
    </message>
    <message>
        <source>Your mood was highest on %1 (%2) and lowest on %3 (%4).</source>
        <translation>Tu ánimo estuvo más alto el %1 (%2) y más bajo el %3 (%4).</translation>
    </message>
    <message>
        <source>Check-ins on %1 of %2, and on %3 of %4 in %5.</source>
        <comment>%2 and %4 are numbers of days, such as “30 days”</comment>
        <translation>Días con anotaciones: %1 de %2, y %3 de %4 en %5.</translation>
    </message>
    <message>
        <source>Check-ins on %1 of %2, and on %3 of %4 from %5.</source>
        <comment>%2 and %4 are numbers of days, such as “30 days”</comment>
        <translation>Días con anotaciones: %1 de %2, y %3 de %4 del %5.</translation>
    </message>
</context>
<context>
    <name>tideline::app::Session</name>
    <message>
        <source>Nothing was typed yet.</source>
        <translation>Aún no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Setting up your private space…</source>
        <translation>Preparando tu espacio privado…</translation>
    </message>
    <message>
        <source>Restoring your backup…</source>
        <translation>Restaurando tu copia…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Opening with your recovery code…</source>
        <translation>Abriendo con tu código de recuperación…</translation>
    </message>
    <message>
        <source>That didn&apos;t open it. Take your time.</source>
        <translation>Eso no lo abrió. Tómate tu tiempo.</translation>
    </message>
</context>
<context>
    <name>tideline::app::SummaryMaker</name>
    <message>
        <source>Choose the first and the last day.</source>
        <translation>Elige el primer y el último día.</translation>
    </message>
    <message>
        <source>The first day comes after the last one. Please swap them.</source>
        <translation>El primer día va después del último. Cámbialos de lugar, por favor.</translation>
    </message>
    <message>
        <source>The period can end today at the latest.</source>
        <translation>El periodo puede terminar hoy como muy tarde.</translation>
    </message>
    <message>
        <source>A summary can cover up to three years. Please choose a shorter period.</source>
        <translation>Un resumen puede abarcar hasta tres años. Elige un periodo más corto, por favor.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::TrendCalendarModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing recorded</source>
        <translation>%1: sin anotar</translation>
    </message>
    <message>
        <source>That measure is not available for trends.</source>
        <translation>Esa medida no está disponible en las tendencias.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in %2: nothing recorded.</source>
        <translation>%1 en %2: sin nada anotado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: recorded on %3 of %n days. Monthly averages: %4.</source>
        <translation>
            <numerusform>%1 en %2: registrado en %3 de %n día. Promedios mensuales: %4.</numerusform>
            <numerusform>%1 en %2: registrado en %3 de %n días. Promedios mensuales: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::TrendChartModel</name>
    <message>
        <source>That measure is not available for trends.</source>
        <translation>Esa medida no está disponible en las tendencias.</translation>
    </message>
    <message>
        <source>Choose 7, 30, 90 or 365 days, or everything.</source>
        <translation>Elige 7, 30, 90 o 365 días, o todo.</translation>
    </message>
</context>
<context>
    <name>tideline::app::VaultBackup</name>
    <message>
        <source>Choose a backup passphrase first.</source>
        <translation>Primero elige una frase de contraseña para la copia.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same yet. Type it again in the second field.</source>
        <translation>Las dos frases de contraseña aún no coinciden. Escríbela otra vez en el segundo campo.</translation>
    </message>
</context>
<context>
    <name>tideline::app::WhatHelpsModel</name>
    <message numerus="yes">
        <source>%n more routines and tags in this range do not have enough days yet, with them and without.</source>
        <translation>
            <numerusform>%n rutina o etiqueta más de este período todavía no tiene suficientes días, con ella y sin ella.</numerusform>
            <numerusform>%n rutinas y etiquetas más de este período todavía no tienen suficientes días, con ellas y sin ellas.</numerusform>
        </translation>
    </message>
</context>
</TS>
