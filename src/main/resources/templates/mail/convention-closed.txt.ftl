Bonjour ${recipientName},

La convention ${reference} de ${structureName} arrive à son terme le ${end}. Après l'analyse partagée des
résultats, ${stateService} a décidé de ne pas la renouveler.

<#if explanation?has_content>Résultats : ${explanation}
</#if>
<#if preconisations?has_content>Préconisations : ${preconisations}
</#if>

${stateService?cap_first} reste votre interlocutrice pour la suite.

--
Message envoyé automatiquement par la plateforme de conventionnement des SIAE (${baseUrl}).
Merci de ne pas y répondre.
