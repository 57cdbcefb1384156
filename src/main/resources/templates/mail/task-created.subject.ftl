<#if reference?has_content>[${reference}] </#if><#if returnedBecause?has_content>Dossier renvoyé<#else>Nouvelle tâche</#if> : ${taskName}
