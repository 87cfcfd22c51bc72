function Get-KmsTcpTestResult {
    <#
    .SYNOPSIS
        Test-NetConnection's TcpTestSucceeded from a port state: $true open, $false closed,
        filtered or unreachable, $null when the port was not tested (or the test did not finish).
    #>
    [CmdletBinding()]
    [OutputType([object])]
    param([Parameter(Position = 0)] [AllowNull()] [AllowEmptyString()] [string] $State)

    switch ($State) {
        'open' { return $true }
        'closed' { return $false }
        'filtered' { return $false }
        'unreachable' { return $false }
    }
    $null
}
