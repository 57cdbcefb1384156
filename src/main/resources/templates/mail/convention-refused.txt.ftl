Bonjour ${recipientName},

Après examen, ${stateService} ne donne pas suite à la demande de convention ${reference} de ${structureName}
(période prévue du ${start} au ${end}).

Motifs :
<#if reasons?has_content>${reasons}</#if>
<#if decisionComment?has_content>- Décision de ${stateService} : ${decisionComment}
</#if>

Vous pouvez contacter ${stateService} pour en parler, et déposer une nouvelle demande
lorsque la structure le souhaite.

--
Message envoyé automatiquement par la plateforme de conventionnement des SIAE (${baseUrl}).
Merci de ne pas y répondre.
