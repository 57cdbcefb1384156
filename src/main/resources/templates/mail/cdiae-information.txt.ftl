Bonjour ${recipientName},

Pour information des membres du CDIAE, voici où en est la convention ${reference} de ${structureName},
d'après son bilan<#if period gt 0> n° ${period}</#if> du ${submittedOn}, examiné par ${stateService}.

  Sorties examinées : ${examinedExits}
  Taux de sortie vers l'emploi durable : ${durableRate} (objectif ${targetDurable})
  Taux de sorties dynamiques : ${dynamicRate} (objectif ${targetDynamic})
  Variante des réseaux (indicateur complémentaire) : ${variantRate}
  ETP d'insertion réalisés : ${fteRealized} pour ${fteAgreed} conventionnés (${fteRatio})

<#if difficulties>${stateService?cap_first} a repéré des difficultés : ${followUpComment}
<#if dialogueOutcome?has_content>Conclusions du dialogue de gestion : ${dialogueOutcome}
</#if><#else>${stateService?cap_first} n'a pas repéré de difficulté particulière.<#if followUpComment?has_content> ${followUpComment}</#if>
</#if>

--
Message envoyé automatiquement par la plateforme de conventionnement des SIAE (${baseUrl}).
Merci de ne pas y répondre.
