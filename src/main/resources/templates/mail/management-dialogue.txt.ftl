Bonjour ${recipientName},

${stateService?cap_first} tiendra le dialogue de gestion annuel de la convention ${reference} de ${structureName}
avec la structure, France Travail et les cofinanceurs. Vous y êtes invité ; ${stateService} vous en précisera la date.

Le dialogue examinera le bilan de l'année envoyé le ${submittedOn} :

  Taux de sortie vers l'emploi durable : ${durableRate} (objectif ${targetDurable})
  Taux de sorties dynamiques : ${dynamicRate} (objectif ${targetDynamic})
  ETP d'insertion réalisés : ${fteRealized} pour ${fteAgreed} conventionnés

<#if difficulties>${stateService?cap_first} a repéré des difficultés : ${followUpComment}
<#elseif followUpComment?has_content>Commentaire de ${stateService} : ${followUpComment}
</#if>
Il prépare l'annexe financière de l'année qui vient : ETP, aide au poste et part modulée selon les publics recrutés,
l'effort d'insertion et les résultats de sorties.

--
Message envoyé automatiquement par la plateforme de conventionnement des SIAE (${baseUrl}).
Merci de ne pas y répondre.
