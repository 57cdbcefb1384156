<#if reference?has_content>[${reference}] </#if>Échéance dépassée : ${taskName}
