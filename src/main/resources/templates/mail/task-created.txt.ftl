Bonjour ${recipientName},

Une tâche vous attend sur la plateforme de conventionnement des SIAE.

  ${taskName}
<#if reference?has_content>  Convention ${reference}<#if structureName?has_content> — ${structureName}</#if>
</#if>
<#if departmentName?has_content>  Département : ${departmentName}
</#if>
<#if dueDate?has_content>  À faire au plus tard le ${dueDate}
</#if>
<#if taskDescription?has_content>

${taskDescription}
</#if>

Ouvrir la tâche dans Tasklist : ${taskUrl}

--
Message envoyé automatiquement par la plateforme de conventionnement des SIAE (${baseUrl}).
Merci de ne pas y répondre.
