Bonjour ${recipientName},

Pour rappel, cette tâche n'est pas encore faite et son échéance approche.

  ${taskName}
<#if reference?has_content>  Convention ${reference}<#if structureName?has_content> — ${structureName}</#if>
</#if>
<#if dueDateTime?has_content>  Échéance : ${dueDateTime}
</#if>
<#if assignee?has_content>  Prise en charge par : ${assignee}
</#if>

Ouvrir la tâche dans Tasklist : ${taskUrl}

--
Message envoyé automatiquement par la plateforme de conventionnement des SIAE (${baseUrl}).
Merci de ne pas y répondre.
