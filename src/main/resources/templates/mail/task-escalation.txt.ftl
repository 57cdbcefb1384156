Bonjour ${recipientName},

L'échéance de cette tâche est passée et elle n'est pas encore faite. La tâche reste ouverte : elle peut
encore être traitée. Ce message est aussi adressé au service de l'État du département, pour qu'il puisse
relancer ou s'organiser.

  ${taskName}
<#if reference?has_content>  Convention ${reference}<#if structureName?has_content> — ${structureName}</#if>
</#if>
<#if departmentName?has_content>  Département : ${departmentName}
</#if>
<#if dueDateTime?has_content>  Échéance dépassée : ${dueDateTime}
</#if>
<#if assignee?has_content>  Prise en charge par : ${assignee}
</#if>

Ouvrir la tâche dans Tasklist : ${taskUrl}

--
Message envoyé automatiquement par la plateforme de conventionnement des SIAE (${baseUrl}).
Merci de ne pas y répondre.
