function New-KmsPublicationReport {
    <#
    .SYNOPSIS
        The KmsDoctor.PublicationReport summary object of one `kmsdoctor publication` run: counts,
        verdict, every PublicationResult and Finding, and the report's other sections.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.PublicationReport')]
    param(
        [Parameter(Mandatory)] [psobject] $Report,
        [AllowEmptyCollection()] [object[]] $Result = @(),
        [AllowEmptyCollection()] [object[]] $Finding = @()
    )

    ConvertTo-KmsTypedObject -InputObject $Report -TypeName 'KmsDoctor.PublicationReport' -Property @(
        'Command:string'
        @{ Passed = ([string] $Report.summary.verdict -eq 'pass') }
        'Errors=summary.errors:int', 'Warnings=summary.warnings:int', 'Infos=summary.infos:int'
        'StartedAt:date', 'DurationMs:double'
        'Hosts:objects', 'AllowList:strings', 'Resolvers:strings', 'ResolverSource:string'
        [ordered]@{ Results = $Result; Findings = $Finding }
        'Unexpected:objects', 'Publishing:objects', 'Notes:strings', 'Input:object', 'Summary:object'
        'ToolVersion=tool.version:string', 'SchemaVersion:int'
    )
}
