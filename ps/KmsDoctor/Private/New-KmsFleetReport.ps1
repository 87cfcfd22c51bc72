function New-KmsFleetReport {
    <#
    .SYNOPSIS
        The KmsDoctor.FleetReport object of one `kmsdoctor fleet` run: the counts, clone groups,
        activation state, hosts, suffix groups, clocks and every finding.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.FleetReport')]
    param(
        [Parameter(Mandatory)] [psobject] $Report,
        [AllowEmptyCollection()] [object[]] $Finding = @()
    )
    ConvertTo-KmsTypedObject -InputObject $Report -TypeName 'KmsDoctor.FleetReport' -Property @(
        'Clients=summary.clients:int', 'Hosts=summary.hosts:int', 'Unreadable=summary.unreadable:int'
        'Errors=summary.errors:int', 'Warnings=summary.warnings:int'
        'CloneGroups=cloneGroups.groups:object', 'CountLost=cloneGroups.countLost:int'
        'Activation:object', 'KmsHosts=hosts:object', 'Split:object', 'Domains:object', 'Clock:object'
        @{ Findings = $Finding }
        'Summary:object', 'SchemaVersion:int'
    )
}
