<#if reference?has_content>[${reference}] </#if>Nouvelle tâche : ${taskName}
