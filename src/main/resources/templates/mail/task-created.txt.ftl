Bonjour ${recipientName},

<#if returnedBecause?has_content>Votre dossier vous est renvoyé pour être complété. Motif :

  ${returnedBecause}
<#else>Une tâche vous attend sur la plateforme de conventionnement des SIAE.
</#if>
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
<#if conventionUrl?has_content>Suivre la convention dans votre espace : ${conventionUrl}
</#if>
--
Message envoyé automatiquement par la plateforme de conventionnement des SIAE (${baseUrl}).
Merci de ne pas y répondre.
